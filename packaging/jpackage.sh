#!/usr/bin/env bash
# Builds a self-contained Scalp Journal with the JDK's jpackage:
#   packaging/jpackage.sh        -> target/dist/scalp-journal/ (app-image; the launcher is bin/scalp-journal)
#   packaging/jpackage.sh deb    -> target/dist/scalp-journal_<version>-1_amd64.deb, made from that app-image
# Needs a full JDK 17+ with jmods (Debian: openjdk-17-jdk); for the .deb dpkg-deb and fakeroot. Where
# xvfb-run and GTK 3 are installed it also records the classes a start-up loads, for class-data sharing.
# SKIP_BUILD=1 reuses target/scalp-journal.jar instead of running ./mvnw package.
set -euo pipefail
cd "$(dirname "$0")/.."
type="${1:-app-image}"
name=scalp-journal
image="target/dist/$name"

if [ -z "${SKIP_BUILD:-}" ] || [ ! -f target/scalp-journal.jar ]; then
  ./mvnw -B -q -DskipTests package
fi
version=$(sed -n 's:.*<version>\([0-9][0-9.]*\)</version>.*:\1:p' pom.xml | head -1)

rm -rf target/dist target/jpackage-input target/jpackage-resources
mkdir -p target/jpackage-input target/jpackage-resources
cp target/scalp-journal.jar target/jpackage-input/   # the jar users run with java -jar, JavaFX inside

# JavaFX comes in the jar, on the class path; these are the JDK modules it and the app use. bin/java
# stays (no --strip-native-commands): the .deb's postinst uses it to write the class-data archive.
# The memory options are the pom's javafx:run options (WindowMemoryBench: a heap that gives memory back
# after scrolling, so a 10,000-photo journal stays under 400 MB resident).
jpackage --type app-image --name "$name" --app-version "$version" --vendor "Scalp Journal" \
  --description "Offline journal of dated scalp photos, notes and routines" \
  --input target/jpackage-input --main-jar scalp-journal.jar --main-class app.scalpjournal.Main \
  --icon assets/icon-256.png --dest target/dist \
  --add-modules java.base,java.desktop,java.logging,java.naming,java.scripting,java.sql,java.xml,jdk.jfr,jdk.unsupported,jdk.unsupported.desktop \
  --jlink-options "--strip-debug --no-man-pages --no-header-files" \
  --java-options -Xms48m --java-options -Xmx512m --java-options -XX:+UseSerialGC \
  --java-options -XX:MinHeapFreeRatio=10 --java-options -XX:MaxHeapFreeRatio=30 \
  --java-options '-XX:SharedArchiveFile=$APPDIR/scalp-journal.jsa'

# Class-data sharing for the app's own classes: the classes one start-up loads (a journal with a photo,
# on the real toolkit), archived for this app-image here and for /opt/scalp-journal by the .deb's postinst.
classlist="$image/lib/app/scalp-journal.classlist"
if command -v xvfb-run >/dev/null 2>&1; then
  training=$(mktemp -d)
  java_bin="$image/lib/runtime/bin/java"
  jar="$image/lib/app/scalp-journal.jar"
  "$java_bin" -jar "$jar" --library "$training/journal" import --region crown --date 2026-01-01 assets/icon-256.png >/dev/null
  XDG_STATE_HOME="$training/state" timeout 300 xvfb-run -a -s '-screen 0 1366x768x24' \
    "$java_bin" -XX:DumpLoadedClassList="$classlist" -cp "$jar" app.scalpjournal.Main --library "$training/journal" --exit-when-shown >/dev/null
  rm -rf "$training"
  "$java_bin" -Xshare:dump -XX:SharedClassListFile="$classlist" -XX:SharedArchiveFile="$image/lib/app/scalp-journal.jsa" \
    -cp "$jar" >/dev/null 2>&1 || echo "jpackage.sh: no class-data archive (start-up is slower, nothing else changes)" >&2
else
  echo "jpackage.sh: no xvfb-run, so no class-data archive (start-up is slower, nothing else changes)" >&2
fi

if [ "$type" = deb ]; then
  # The archive above holds this folder's path; the installed app writes its own in postinst.
  rm -f "$image/lib/app/scalp-journal.jsa"
  cp packaging/linux/deb/* target/jpackage-resources/
  # The desktop entry, pointed at where the package installs the launcher and icon.
  sed -e "s|^Exec=.*|Exec=/opt/$name/bin/$name|" -e "s|^Icon=.*|Icon=/opt/$name/lib/$name.png|" \
    packaging/linux/scalp-journal.desktop > "target/jpackage-resources/$name.desktop"
  jpackage --type deb --app-image "$image" --name "$name" --app-version "$version" --vendor "Scalp Journal" \
    --description "Offline journal of dated scalp photos, notes and routines" \
    --icon assets/icon-256.png --dest target/dist --resource-dir target/jpackage-resources \
    --linux-package-name "$name" --linux-deb-maintainer "maintainers@scalp-journal.invalid" \
    --linux-menu-group Graphics --linux-app-category graphics --linux-shortcut \
    --linux-package-deps libgtk-3-0   # jpackage cannot see that JavaFX loads GTK at run time
fi
ls -la target/dist
