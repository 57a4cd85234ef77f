package app.scalpjournal.report;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.contentstream.PDFStreamEngine;
import org.apache.pdfbox.contentstream.operator.DrawObject;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.contentstream.operator.state.Concatenate;
import org.apache.pdfbox.contentstream.operator.state.Restore;
import org.apache.pdfbox.contentstream.operator.state.Save;
import org.apache.pdfbox.contentstream.operator.state.SetGraphicsStateParameters;
import org.apache.pdfbox.contentstream.operator.state.SetMatrix;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.util.Matrix;

/** Where each image is drawn on a page: its pixel size and its printed size in points. */
final class ImagePlacements extends PDFStreamEngine {
    record Placed(PDImageXObject image, float widthPt, float heightPt) {
        double dpiX() {
            return image.getWidth() / (widthPt / 72.0);
        }

        double dpiY() {
            return image.getHeight() / (heightPt / 72.0);
        }
    }

    private final List<Placed> placed = new ArrayList<>();

    ImagePlacements() {
        addOperator(new Concatenate(this));
        addOperator(new DrawObject(this));
        addOperator(new SetGraphicsStateParameters(this));
        addOperator(new Save(this));
        addOperator(new Restore(this));
        addOperator(new SetMatrix(this));
    }

    static List<Placed> on(PDPage page) throws IOException {
        ImagePlacements engine = new ImagePlacements();
        engine.processPage(page);
        return engine.placed;
    }

    @Override
    protected void processOperator(Operator operator, List<COSBase> operands) throws IOException {
        if ("Do".equals(operator.getName())) {
            PDXObject xobject = getResources().getXObject((COSName) operands.get(0));
            if (xobject instanceof PDImageXObject image) {
                Matrix ctm = getGraphicsState().getCurrentTransformationMatrix();
                placed.add(new Placed(image, ctm.getScalingFactorX(), ctm.getScalingFactorY()));
                return;
            }
        }
        super.processOperator(operator, operands);
    }
}
