#!/usr/bin/env node
// The banter command of the @banter/sdk package: runs the banter CLI jar on a Java 21+ JVM with the arguments
// given, and exits with its exit code. The jar is lib/banter.jar in this package, else the file BANTER_JAR names;
// java is $JAVA_HOME/bin/java when JAVA_HOME is set, else java on the PATH. BANTER_JAVA_OPTS adds JVM options
// (split on spaces), for example the JIT flags of the project README.
'use strict';

const { spawnSync, spawn } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

const MIN_JAVA = 21;

function fail(message) {
  process.stderr.write('banter: ' + message + '\n');
  process.exit(2);
}

function findJar() {
  const bundled = path.join(__dirname, '..', 'lib', 'banter.jar');
  if (fs.existsSync(bundled)) return bundled;
  const fromEnv = process.env.BANTER_JAR;
  if (fromEnv) {
    if (!fs.existsSync(fromEnv)) fail("BANTER_JAR is '" + fromEnv + "', but there is no such file");
    return fromEnv;
  }
  return fail('no banter.jar: this package has no lib/banter.jar and BANTER_JAR is not set. '
    + 'Build the CLI (./mvnw -B install in the Banter repository gives sdk-js/target/banter.jar) '
    + 'and set BANTER_JAR to it, or install a package that bundles it.');
}

function findJava() {
  const home = process.env.JAVA_HOME;
  if (home) {
    const java = path.join(home, 'bin', process.platform === 'win32' ? 'java.exe' : 'java');
    if (!fs.existsSync(java)) fail("JAVA_HOME is '" + home + "', but it has no bin/java; point it at a JDK " + MIN_JAVA + '+');
    return { java, where: 'JAVA_HOME (' + home + ')' };
  }
  return { java: 'java', where: 'the PATH' };
}

/** The major version in `java -version` output: 'version "21.0.2"' is 21, 'version "1.8.0_392"' is 8. */
function majorOf(versionText) {
  const m = /version "(\d+)(?:\.(\d+))?[^"]*"/.exec(versionText);
  if (!m) return null;
  const first = parseInt(m[1], 10);
  return first === 1 && m[2] !== undefined ? parseInt(m[2], 10) : first;
}

function checkJava({ java, where }) {
  const probe = spawnSync(java, ['-version'], { encoding: 'utf8' });
  if (probe.error) {
    fail('cannot run java from ' + where + ': ' + probe.error.message + '. Install a JDK ' + MIN_JAVA
      + '+ and set JAVA_HOME or put java on the PATH.');
  }
  const text = (probe.stderr || '') + (probe.stdout || '');
  const major = majorOf(text);
  if (major === null) fail('cannot tell the version of java from ' + where + ': ' + text.trim().split('\n')[0]);
  if (major < MIN_JAVA) {
    fail('banter needs Java ' + MIN_JAVA + ' or newer, but java from ' + where + ' is Java ' + major
      + '. Set JAVA_HOME to a JDK ' + MIN_JAVA + '+.');
  }
}

function main() {
  const jar = findJar();
  const java = findJava();
  checkJava(java);
  const opts = (process.env.BANTER_JAVA_OPTS || '').split(/\s+/).filter((s) => s !== '');
  const child = spawn(java.java, [...opts, '-jar', jar, ...process.argv.slice(2)], { stdio: 'inherit' });
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
  child.on('error', (e) => fail('cannot start java: ' + e.message));
  child.on('exit', (code, signal) => process.exit(code === null ? (signal === 'SIGINT' ? 130 : 1) : code));
}

if (require.main === module) main();

module.exports = { majorOf };
