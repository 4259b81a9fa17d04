// A hostile cb/1 app: each chat body picks one attack. The dialect's hardening and the host's limits must hold
// exactly as they do for banter/1, and the app must only ever break itself.
var attacks = {
  probe: function () {
    var reached = [];
    ['Java', 'Polyglot', 'Packages', 'java', 'javax', 'com', 'org', 'Graal', 'load', 'loadWithNewGlobal', 'quit',
      'exit', 'SharedArrayBuffer', 'Atomics', 'WebAssembly', 'process', 'require'].forEach(function (name) {
      if (typeof globalThis[name] !== 'undefined') reached.push(name);
    });
    try { if (eval('typeof Java') !== 'undefined') reached.push('eval Java'); } catch (e) { /* fine */ }
    try { if (Function('return typeof Polyglot')() !== 'undefined') reached.push('Function Polyglot'); } catch (e) { /* fine */ }
    cb.sendNotice('reached: ' + reached.join(','));
  },
  loop: function () { for (;;) { /* spin */ } },
  settings: function () { while (!cb.settings.never) { cb.settings.tries = (cb.settings.tries || 0) + 1; } },
  buffer: function () { return new ArrayBuffer(1 << 30); },
  typed: function () { return new Float64Array(1 << 28); },
  repeat: function () { return 'x'.repeat(1 << 29); },
  recursion: function () { function down(n) { return down(n + 1) + 1; } return down(0); },
  flood: function () { for (var i = 0; i < 500; i++) cb.chatNotice('flood ' + i); },
  garbage: function () { throw { toString: function () { return 'not an error'; } }; },
  tamper: function () {
    Array.prototype.push = function () { throw new Error('tampered push'); };
    Map.prototype.get = function () { return undefined; };
    JSON.stringify = function () { return 'tampered'; };
    String.prototype.startsWith = function () { return true; };
    cb.sendNotice = function () { throw new Error('replaced sendNotice'); };
  },
  after: function () { cb.chatNotice('still here'); },
  subject: function () { cb.changeRoomSubject('s'.repeat(100000)); }
};

cb.onMessage(function (msg) {
  var attack = attacks[msg.m];
  if (attack === undefined) throw new Error('unexpected attack ' + msg.m);
  attack();
  return msg;
});
