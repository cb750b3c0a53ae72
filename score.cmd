@echo off
rem The score command line on Windows. Builds it through the Maven wrapper on first use, then runs it.
setlocal
set "ROOT=%~dp0"
set "JAR=%ROOT%scoring-cli\target\score.jar"
rem score platform [replay]: the real-time evaluation platform on the sample (see the README).
if /i "%~1"=="platform" goto platform
if not exist "%JAR%" (
  echo score: building the command line ^(first use, about a minute^)... 1>&2
  pushd "%ROOT%"
  call mvnw.cmd -q -B -DskipTests -Dmaven.javadoc.skip=true -pl scoring-cli -am package > "%ROOT%.score-build.log" 2>&1
  if errorlevel 1 (
    popd
    echo score: the build failed; see %ROOT%.score-build.log 1>&2
    exit /b 2
  )
  popd
  del "%ROOT%.score-build.log"
)
set "JAVA_CMD=java"
if defined JAVA_HOME set "JAVA_CMD=%JAVA_HOME%\bin\java"
"%JAVA_CMD%" -jar "%JAR%" %*
exit /b %errorlevel%

:platform
set "PJAR=%ROOT%scoring-platform-example\target\scoring-platform.jar"
if not exist "%PJAR%" (
  echo score: building the platform ^(first use, a minute or two^)... 1>&2
  pushd "%ROOT%"
  call mvnw.cmd -q -B -DskipTests -Dmaven.javadoc.skip=true -pl scoring-platform-example -am package > "%ROOT%.score-build.log" 2>&1
  if errorlevel 1 (
    popd
    echo score: the build failed; see %ROOT%.score-build.log 1>&2
    exit /b 2
  )
  popd
  del "%ROOT%.score-build.log"
)
if not defined BIZENV_PLATFORM_DATA_DIR set "BIZENV_PLATFORM_DATA_DIR=%ROOT%platform-data"
set "JAVA_CMD=java"
if defined JAVA_HOME set "JAVA_CMD=%JAVA_HOME%\bin\java"
shift
"%JAVA_CMD%" -jar "%PJAR%" %1 %2 %3 %4 %5 %6 %7 %8 %9
