// Fills the package's build copies before `npm pack` (the prepack script): types/ from the declarations'
// single source, sdk-js/src/main/resources/dev/banter/sdk/types/, and lib/banter.jar from the CLI jar the Java
// build leaves in sdk-js/target/banter.jar (or the file BANTER_JAR names). Without a jar the package still packs,
// with the types only, and says so: bin/banter.js then needs BANTER_JAR at run time.
'use strict';

const fs = require('node:fs');
const path = require('node:path');

const pkg = path.join(__dirname, '..');
const sdk = path.join(pkg, '..');
const typesSource = path.join(sdk, 'src', 'main', 'resources', 'dev', 'banter', 'sdk', 'types');

function copyTypes() {
  const target = path.join(pkg, 'types');
  fs.rmSync(target, { recursive: true, force: true });
  fs.mkdirSync(target, { recursive: true });
  const files = fs.readdirSync(typesSource).filter((f) => f.endsWith('.d.ts')).sort();
  if (files.length === 0) throw new Error('no declarations in ' + typesSource);
  for (const f of files) fs.copyFileSync(path.join(typesSource, f), path.join(target, f));
  console.log('prepare: types/ <- ' + files.join(', '));
}

function copyJar() {
  const jar = process.env.BANTER_JAR || path.join(sdk, 'target', 'banter.jar');
  const target = path.join(pkg, 'lib', 'banter.jar');
  fs.rmSync(path.join(pkg, 'lib'), { recursive: true, force: true });
  if (!fs.existsSync(jar)) {
    console.warn('prepare: no CLI jar at ' + jar + '; the package has no lib/banter.jar (set BANTER_JAR to bundle one)');
    return;
  }
  fs.mkdirSync(path.dirname(target), { recursive: true });
  fs.copyFileSync(jar, target);
  console.log('prepare: lib/banter.jar <- ' + jar);
}

copyTypes();
copyJar();
