// The portal's single-page app: file tree, CodeMirror 6 editor with completion from the SDK's declarations and live
// diagnostics, test room, scenarios, versions. Talks to the JSON API under /api (the session cookie authenticates).
import { EditorView, basicSetup } from 'codemirror';
import { EditorState } from '@codemirror/state';
import { keymap } from '@codemirror/view';
import { javascript } from '@codemirror/lang-javascript';
import { json } from '@codemirror/lang-json';
import { yaml } from '@codemirror/lang-yaml';
import { linter, lintGutter } from '@codemirror/lint';
import { autocompletion } from '@codemirror/autocomplete';
import { MergeView } from '@codemirror/merge';

const $ = (sel) => document.querySelector(sel);
const el = (tag, props = {}, ...children) => {
  const { dataset, ...rest } = props;
  const e = Object.assign(document.createElement(tag), rest);
  Object.assign(e.dataset, dataset || {});
  for (const c of children) e.append(c);
  return e;
};

const app = { project: null, file: null, states: new Map(), model: null, lastSeq: 0, poll: null, diagnostics: [], checks: 0 };

async function api(method, path, body) {
  const res = await fetch('/api' + path, {
    method,
    headers: body === undefined ? {} : { 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const data = await res.json();
  if (!res.ok) throw new Error(data.error || res.statusText);
  return data;
}

function status(text, error = false) {
  const s = $('#status');
  s.textContent = text;
  s.className = error ? 'error' : '';
}

async function guarded(fn) {
  try {
    return await fn();
  } catch (e) {
    status(e.message, true);
    return undefined;
  }
}

// ------------------------------------------------------------------ completion from the declarations

const KEYWORDS = ['const', 'let', 'function', 'return', 'if', 'else', 'for', 'while', 'true', 'false', 'null'];

function memberOptions(typeName) {
  const members = (app.model.types[typeName] || []);
  return members.map((m) => ({
    label: m.name,
    type: m.kind === 'method' ? 'method' : 'property',
    detail: m.detail,
    info: m.doc || undefined,
    apply: m.kind === 'method' ? m.name + '(' : m.name,
  }));
}

function typeOfPath(parts) {
  const model = app.model;
  const global = model.globals.find((g) => g.name === parts[0]);
  let type = global ? global.type : model.parameters[parts[0]];
  for (let i = 1; type && i < parts.length; i++) {
    const m = (model.types[type] || []).find((x) => x.name === parts[i]);
    type = m ? m.type : null;
  }
  return type;
}

function sdkCompletions(context) {
  if (!app.model) return null;
  const word = context.matchBefore(/[\w$]+(?:\.[\w$]*)*$/);
  if (!word && !context.explicit) return null;
  const text = word ? word.text : '';
  const dot = text.lastIndexOf('.');
  if (dot < 0) {
    if (!context.explicit && text.length < 1) return null;
    const options = [
      ...app.model.globals.map((g) => ({ label: g.name, type: 'variable', detail: g.detail, info: g.doc || undefined })),
      ...Object.keys(app.model.parameters).map((p) => ({ label: p, type: 'variable', detail: app.model.parameters[p] })),
      ...KEYWORDS.map((k) => ({ label: k, type: 'keyword' })),
    ];
    return { from: word ? word.from : context.pos, options, validFor: /^[\w$]*$/ };
  }
  const type = typeOfPath(text.slice(0, dot).split('.'));
  if (!type) return null;
  return { from: word.from + dot + 1, options: memberOptions(type), validFor: /^[\w$]*$/ };
}

// ------------------------------------------------------------------ diagnostics while typing

function position(doc, line, column) {
  const l = doc.line(Math.min(Math.max(1, line), doc.lines));
  return Math.min(l.from + Math.max(0, column - 1), l.to);
}

const liveCheck = linter(async (view) => {
  if (!app.project || !app.file) return [];
  const name = app.file;
  const files = {};
  for (const [n, st] of app.states) files[n] = st === view.state ? view.state.doc.toString() : st.doc.toString();
  files[name] = view.state.doc.toString();
  const ticket = ++app.checks;
  const res = await guarded(() => api('POST', `/projects/${app.project}/check`, { files }));
  if (!res || ticket !== app.checks) return [];
  showDiagnostics(res.diagnostics);
  return res.diagnostics
    .filter((d) => d.file === name)
    .map((d) => {
      const from = position(view.state.doc, d.line, d.column);
      const to = Math.min(view.state.doc.lineAt(from).to, from + 1) || from;
      return { from, to: Math.max(to, from), severity: d.severity, message: d.message, source: d.source };
    });
}, { delay: 400 });

function showDiagnostics(list) {
  app.diagnostics = list;
  const ul = $('#diagnostics');
  ul.replaceChildren(...list.map((d) => el('li', {
    textContent: `${d.file}:${d.line}:${d.column}: ${d.message} [${d.source}]`,
    onclick: () => openFile(d.file),
  })));
  ul.dataset.count = String(list.length);
  $('#diag-count').textContent = list.length ? `${list.length} problem${list.length > 1 ? 's' : ''}` : 'no problems';
}

// ------------------------------------------------------------------ editor and files

function languageOf(name) {
  if (name.endsWith('.json')) return [json()];
  if (name.endsWith('.yaml') || name.endsWith('.yml')) return [yaml()];
  if (name.endsWith('.js') || name.endsWith('.mjs')) return [javascript()];
  return [];
}

function newState(name, text) {
  return EditorState.create({
    doc: text,
    extensions: [
      basicSetup,
      ...languageOf(name),
      autocompletion({ override: [sdkCompletions], activateOnTyping: true }),
      liveCheck,
      lintGutter(),
      keymap.of([{ key: 'Mod-s', preventDefault: true, run: () => { saveFile(); return true; } }]),
    ],
  });
}

const view = new EditorView({ parent: $('#editor'), state: newState('empty.js', '') });

async function openFile(name) {
  if (app.file) app.states.set(app.file, view.state);
  if (!app.states.has(name)) {
    const res = await guarded(() => api('GET', `/projects/${app.project}/files/${encodeURIComponent(name).replaceAll('%2F', '/')}`));
    if (!res) return;
    app.states.set(name, newState(name, res.text));
  }
  app.file = name;
  view.setState(app.states.get(name));
  $('#file-name').textContent = name;
  for (const f of document.querySelectorAll('nav .file')) f.classList.toggle('active', f.dataset.name === name);
}

async function saveFile() {
  if (!app.file) return;
  await guarded(async () => {
    await api('PUT', `/projects/${app.project}/files/${app.file}`, { text: view.state.doc.toString() });
    status('saved ' + app.file);
  });
}

async function saveAll() {
  if (app.file) app.states.set(app.file, view.state);
  for (const [name, st] of app.states) {
    await api('PUT', `/projects/${app.project}/files/${name}`, { text: st.doc.toString() });
  }
}

function renderTree(project) {
  const sources = new Set(project.sources || []);
  const groups = { Manifest: [], Sources: [], Scenarios: [], Other: [] };
  for (const f of project.files) {
    if (f === 'banter.json') groups.Manifest.push(f);
    else if (sources.has(f)) groups.Sources.push(f);
    else if (f.startsWith('scenarios/')) groups.Scenarios.push(f);
    else groups.Other.push(f);
  }
  const nodes = [];
  for (const [group, files] of Object.entries(groups)) {
    if (!files.length) continue;
    nodes.push(el('div', { className: 'group', textContent: group }));
    for (const f of files) {
      nodes.push(el('div', { className: 'file', textContent: f, onclick: () => openFile(f), dataset: { name: f } }));
    }
  }
  nodes.push(el('button', { textContent: '+ file', onclick: addFile }));
  $('#tree').replaceChildren(...nodes);
}

async function addFile() {
  const name = prompt('new file (e.g. lib/util.js or scenarios/more.yaml)');
  if (!name) return;
  await guarded(async () => {
    await api('PUT', `/projects/${app.project}/files/${name}`, { text: '' });
    await loadProject(app.project);
    await openFile(name);
  });
}

async function loadProject(id) {
  const project = await api('GET', `/projects/${id}`);
  if (app.project !== id) {
    app.states.clear();
    app.file = null;
    app.lastSeq = 0;
  }
  app.project = id;
  renderTree(project);
  return project;
}

async function refreshProjects(select) {
  const list = await api('GET', '/projects');
  $('#project').replaceChildren(...list.map((p) => el('option', { value: p.id, textContent: p.id })));
  if (select) $('#project').value = select;
  return list;
}

async function selectProject(id) {
  const project = await loadProject(id);
  await openFile(project.sources && project.sources.length ? project.sources[project.sources.length - 1] : 'banter.json');
  refreshVersions();
}

// ------------------------------------------------------------------ test room

function roles() {
  return [...document.querySelectorAll('.role:checked')].map((c) => c.value);
}

function feedEntry(e) {
  switch (e.kind) {
    case 'chat': {
      const d = el('div', { className: 'chat' + (e.verdict === 'reject' ? ' rejected' : '') });
      d.append(el('b', { textContent: e.user + ': ' }), e.verdict === 'reject' ? e.sent : (e.body ?? e.sent));
      if (e.verdict === 'reject') d.append(el('i', { textContent: ' (rejected)' }));
      if (e.verdict === 'modify') d.title = 'changed from: ' + e.sent;
      const st = e.style || {};
      if (st.background) d.style.background = st.background;
      if (st.color) d.style.color = st.color;
      if (st.font) d.style.fontFamily = st.font;
      return d;
    }
    case 'notice': {
      const d = el('div', { className: 'notice', textContent: 'Notice' + (e.to ? ' to ' + e.to : e.group ? ' to ' + e.group : '') + ': ' + e.text });
      if (e.style?.background) d.style.background = e.style.background;
      if (e.style?.color) d.style.color = e.style.color;
      if (e.style?.weight && e.style.weight !== 'normal') d.style.fontWeight = e.style.weight;
      return d;
    }
    case 'subject': return el('div', { className: 'event', textContent: 'subject: ' + e.text });
    case 'panel': return el('div', { className: 'event', textContent: 'panel: ' + JSON.stringify(e.attributes) });
    case 'action': return el('div', { className: 'action', textContent: e.action + ' ' + JSON.stringify(e.fields) });
    case 'log': return el('div', { className: 'log', textContent: `[${e.level}] ${e.text}` });
    default: return el('div', { className: e.kind, textContent: e.text });
  }
}

function appendFeed(entries) {
  const feed = $('#feed');
  for (const e of entries) {
    if (e.seq <= app.lastSeq) continue;
    app.lastSeq = e.seq;
    const node = feedEntry(e);
    node.dataset.kind = e.kind;
    feed.append(node);
  }
  feed.scrollTop = feed.scrollHeight;
}

function showRoom(state) {
  appendFeed(state.feed || []);
  $('#room-subject').textContent = state.subject ? 'Subject: ' + state.subject : '';
  $('#room-panel').textContent = state.panel ? Object.entries(state.panel).map(([k, v]) => k + ': ' + v).join('\n') : '';
  $('#room-kv').textContent = JSON.stringify(state.kv, null, 1);
  $('#room-now').textContent = state.now;
}

async function pollRoom() {
  const state = await api('GET', `/projects/${app.project}/room?since=${app.lastSeq}`).catch(() => null);
  if (state) showRoom(state);
}

async function startRoom() {
  await guarded(async () => {
    await saveAll();
    const text = $('#room-settings').value.trim();
    const settings = text ? JSON.parse(text) : {};
    $('#feed').replaceChildren();
    app.lastSeq = 0;
    showRoom(await api('POST', `/projects/${app.project}/room`, { settings }));
    clearInterval(app.poll);
    app.poll = setInterval(pollRoom, 2000);
    status('room started');
  });
}

async function sendEvent(body) {
  await guarded(async () => {
    const res = await api('POST', `/projects/${app.project}/room/events`, { user: $('#as-user').value, roles: roles(), ...body });
    appendFeed(res.feed);
    await pollRoom();
  });
}

// ------------------------------------------------------------------ scenarios

async function runScenarios() {
  await guarded(async () => {
    await saveAll();
    $('#scenario-results').textContent = 'running...';
    const res = await api('POST', `/projects/${app.project}/scenarios/run`, {});
    $('#scenario-results').replaceChildren(
      el('div', { textContent: `${res.passed} passed, ${res.failed} failed`, className: res.failed ? 'failed' : 'passed' }),
      ...res.scenarios.map((s) => el('details', {},
        el('summary', { className: s.passed ? 'passed' : 'failed', textContent: (s.passed ? '✔ ' : '✘ ') + s.name + ' (' + s.file + ')' }),
        el('pre', { textContent: s.report }))));
  });
}

// ------------------------------------------------------------------ versions

async function versionAction(path, label) {
  await guarded(async () => {
    await api('POST', path, {});
    status(label);
    await refreshVersions();
  });
}

async function refreshVersions() {
  if (!app.project) return;
  const id = app.project;
  const [catalog, audit, staging] = await Promise.all([api('GET', '/catalog'), api('GET', '/audit'), api('GET', '/staging')]);
  const mine = catalog.extensions.find((x) => x.id === id);
  const versions = mine ? mine.versions : [];
  const rows = versions.map((v) => el('tr', { dataset: { version: v.version, state: v.state } },
    el('td', { textContent: v.version }), el('td', { className: 'state', textContent: v.state }),
    el('td', { textContent: v.contentHash.slice(0, 19) + '…', title: v.contentHash }),
    el('td', {},
      ...(v.state === 'DRAFT' ? [el('button', { textContent: 'publish', onclick: () => versionAction(`/catalog/${id}/${v.version}/publish`, 'published ' + v.version) })] : []),
      ...(v.state === 'PUBLISHED' ? [el('button', { textContent: 'deprecate', onclick: () => versionAction(`/catalog/${id}/${v.version}/deprecate`, 'deprecated ' + v.version) }),
        el('button', { textContent: 'stage', onclick: () => stage(id, v.version) })] : []),
      ...(v.state !== 'WITHDRAWN' ? [el('button', { textContent: 'withdraw', onclick: () => versionAction(`/catalog/${id}/${v.version}/withdraw`, 'withdrew ' + v.version) })] : []),
      el('button', { textContent: 'restore', title: 'replace the workspace files with this version', onclick: () => restore(id, v.version) }))));
  $('#catalog').replaceChildren(el('table', {},
    el('tr', {}, ...['version', 'state', 'hash', ''].map((h) => el('th', { textContent: h }))), ...rows));
  const options = () => [el('option', { value: 'workspace', textContent: 'workspace' }),
    ...versions.map((v) => el('option', { value: v.version, textContent: v.version }))];
  $('#diff-from').replaceChildren(...options());
  $('#diff-to').replaceChildren(...options());
  if (versions.length) $('#diff-from').value = versions[versions.length - 1].version;
  const installed = staging.installed.find((x) => x.id === id);
  $('#staging').replaceChildren(el('span', { textContent: installed ? `runs ${installed.version}` + (installed.previous ? ` (rollback to ${installed.previous})` : '') : 'not installed' }),
    ...(installed && installed.previous ? [el('button', { textContent: 'roll back', onclick: () => versionAction(`/staging/${id}/rollback`, 'rolled back') })] : []));
  const trail = [...audit.catalog.map((a) => ({ ...a, where: 'catalog' })), ...audit.staging.map((a) => ({ ...a, where: 'staging', extension: a.extension + '@' + (a.to || '') }))];
  $('#audit').replaceChildren(el('tr', {}, ...['at', 'where', 'action', 'extension', 'result', 'detail'].map((h) => el('th', { textContent: h }))),
    ...trail.filter((a) => a.extension.startsWith(id + '@')).map((a) => el('tr', {},
      ...[a.at, a.where, a.action, a.extension, a.result, a.detail].map((t) => el('td', { textContent: t ?? '' })))));
}

async function stage(id, version) {
  await versionAction(`/staging/${id}/install`, 'staged ' + version).catch(() => {});
}

async function restore(id, version) {
  await guarded(async () => {
    await api('POST', `/projects/${id}/restore`, { version });
    app.states.clear();
    app.file = null;
    await selectProject(id);
    status('restored ' + version + ' into the workspace');
  });
}

async function diff() {
  await guarded(async () => {
    const res = await api('GET', `/catalog/${app.project}/diff?from=${$('#diff-from').value}&to=${$('#diff-to').value}`);
    const out = $('#diff-view');
    out.replaceChildren();
    for (const f of res.files.filter((x) => x.status !== 'same')) {
      out.append(el('div', { className: 'diff-file', textContent: `${f.status}: ${f.name}` }));
      const host = el('div');
      out.append(host);
      new MergeView({
        a: { doc: f.from ?? '', extensions: [EditorView.editable.of(false), EditorState.readOnly.of(true)] },
        b: { doc: f.to ?? '', extensions: [EditorView.editable.of(false), EditorState.readOnly.of(true)] },
        parent: host,
      });
    }
    if (!out.children.length) out.textContent = 'no differences';
  });
}

// ------------------------------------------------------------------ wiring

for (const b of document.querySelectorAll('.tabs button')) {
  b.onclick = () => {
    for (const x of document.querySelectorAll('.tabs button')) x.classList.toggle('active', x === b);
    for (const t of document.querySelectorAll('.tab')) t.classList.toggle('hidden', t.id !== 'tab-' + b.dataset.tab);
    if (b.dataset.tab === 'versions') refreshVersions();
  };
}
$('#project').onchange = () => selectProject($('#project').value);
$('#create').onclick = () => guarded(async () => {
  const id = $('#new-id').value.trim();
  await api('POST', '/projects', { id, template: $('#new-template').value });
  await refreshProjects(id);
  await selectProject(id);
  status('created ' + id);
});
$('#save').onclick = saveFile;
$('#room-start').onclick = startRoom;
$('#room-stop').onclick = () => guarded(async () => { clearInterval(app.poll); await api('DELETE', `/projects/${app.project}/room`); status('room stopped'); });
$('#send-chat').onclick = () => sendEvent({ kind: 'chat', body: $('#chat-body').value });
$('#chat-body').onkeydown = (e) => { if (e.key === 'Enter') $('#send-chat').click(); };
$('#send-tip').onclick = () => sendEvent({ kind: 'tip', amount: Number($('#tip-amount').value), note: $('#tip-note').value });
for (const b of document.querySelectorAll('[data-event]')) b.onclick = () => sendEvent({ kind: b.dataset.event });
$('#advance').onclick = () => sendEvent({ kind: 'advance', ms: Number($('#advance-ms').value) });
$('#run-scenarios').onclick = runScenarios;
$('#save-draft').onclick = () => guarded(async () => { await saveAll(); await versionAction(`/projects/${app.project}/drafts`, 'draft saved'); });
$('#publish').onclick = () => guarded(async () => { await saveAll(); await versionAction(`/projects/${app.project}/publish`, 'published'); });
$('#diff').onclick = diff;

(async () => {
  await guarded(async () => {
    const info = await api('GET', '/info');
    $('#new-template').replaceChildren(...info.templates.map((t) => el('option', { value: t, textContent: t })));
    app.model = await api('GET', '/sdk/completions');
    const list = await refreshProjects();
    if (list.length) await selectProject(list[0].id);
    document.body.dataset.ready = 'true';
    status('ready');
  });
})();
