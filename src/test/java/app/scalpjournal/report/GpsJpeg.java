package app.scalpjournal.report;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;

/** A JPEG with an EXIF block that holds a GPS position, as phones write it, to prove none reaches a PDF. */
final class GpsJpeg {
    private GpsJpeg() {
    }

    static byte[] withGps(byte[] jpeg) {
        ByteBuffer tiff = ByteBuffer.allocate(128);
        tiff.put(new byte[] {'M', 'M', 0, 42}).putInt(8);
        // IFD0: one entry pointing at the GPS IFD at offset 26
        tiff.putShort((short) 1).putShort((short) 0x8825).putShort((short) 4).putInt(1).putInt(26).putInt(0);
        // GPS IFD: 4 entries, rationals stored from offset 80
        tiff.putShort((short) 4);
        tiff.putShort((short) 1).putShort((short) 2).putInt(2).put(new byte[] {'N', 0, 0, 0});
        tiff.putShort((short) 2).putShort((short) 5).putInt(3).putInt(80);
        tiff.putShort((short) 3).putShort((short) 2).putInt(2).put(new byte[] {'E', 0, 0, 0});
        tiff.putShort((short) 4).putShort((short) 5).putInt(3).putInt(104);
        tiff.putInt(0);
        tiff.putInt(48).putInt(1).putInt(51).putInt(1).putInt(2411).putInt(100);
        tiff.putInt(2).putInt(1).putInt(21).putInt(1).putInt(729).putInt(100);
        byte[] exif = new byte[6 + tiff.position()];
        System.arraycopy(new byte[] {'E', 'x', 'i', 'f', 0, 0}, 0, exif, 0, 6);
        System.arraycopy(tiff.array(), 0, exif, 6, tiff.position());

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(jpeg, 0, 2); // SOI
        out.write(0xFF);
        out.write(0xE1);
        int length = exif.length + 2;
        out.write(length >> 8);
        out.write(length & 0xFF);
        out.write(exif, 0, exif.length);
        out.write(jpeg, 2, jpeg.length - 2);
        return out.toByteArray();
    }
}
