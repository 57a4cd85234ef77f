#!/usr/bin/env bash
# Builds a self-contained Scalp Journal with jpackage: an app-image (default) or a .deb.
#   packaging/jpackage.sh            -> target/dist/Scalp Journal/ (app-image)
#   packaging/jpackage.sh deb        -> target/dist/scalp-journal_<version>_amd64.deb
# Needs a full JDK 17+ with jmods (Debian: openjdk-17-jdk) and, for .deb, dpkg-deb and fakeroot.
set -euo pipefail
cd "$(dirname "$0")/.."
type="${1:-app-image}"

./mvnw -B -q -DskipTests package dependency:copy-dependencies \
    -DincludeScope=runtime -DoutputDirectory=target/jpackage-input
version=$(sed -n 's:.*<version>\([0-9][0-9.]*\)</version>.*:\1:p' pom.xml | head -1)
cp "target/scalp-journal-${version}.jar" target/jpackage-input/

rm -rf target/dist
args=(
  --type "$type"
  --name "Scalp Journal"
  --app-version "$version"
  --vendor "Scalp Journal"
  --description "An offline journal of dated scalp photos, notes and routines"
  --input target/jpackage-input
  --main-jar "scalp-journal-${version}.jar"
  --main-class app.scalpjournal.Main
  --icon assets/icon-256.png
  --dest target/dist
  # JavaFX comes as jars on the class path; these are the JDK modules it and the app use.
  --add-modules java.base,java.desktop,java.logging,java.naming,java.scripting,java.sql,java.xml,jdk.jfr,jdk.unsupported,jdk.unsupported.desktop
  --jlink-options "--strip-debug --no-man-pages --no-header-files --strip-native-commands"
  # The same memory options as javafx:run in the pom (WindowMemoryBench: under 400 MB resident on 10,000 photos).
  --java-options -Xms48m --java-options -Xmx512m --java-options -XX:+UseSerialGC
  --java-options -XX:MinHeapFreeRatio=10 --java-options -XX:MaxHeapFreeRatio=30
)
if [ "$type" = deb ]; then
  # jpackage cannot see that JavaFX loads GTK at run time.
  args+=(--linux-package-name scalp-journal --linux-package-deps libgtk-3-0
         --linux-menu-group Graphics --linux-shortcut --linux-app-category graphics)
fi
jpackage "${args[@]}"
ls -la target/dist
