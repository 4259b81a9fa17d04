// tries: odd arguments to every API: throwing and looping getters and toString, proxies, NaN/Infinity timers,
// objects and huge strings as user names.
// expect: each is a contained TypeError/RangeError, a refused quota or a deadline; no host exception type leaks.
banter.on('chat.message', (m, ctx) => {
  const loops = { toString() { for (;;) {} } };
  const throws = { toString() { throw new Error('toString says no'); } };
  switch (m.body) {
    case 'modify-getter-throws': ctx.modify({ get body() { throw new Error('body says no'); } }); break;
    case 'modify-getter-loops': ctx.modify({ get body() { for (;;) {} } }); break;
    case 'modify-body-object': ctx.modify({ body: throws }); break;
    case 'notice-option-throws': ctx.room.notice('x', { get to() { throw new Error('to says no'); } }); break;
    case 'notice-option-loops': ctx.room.notice('x', { get color() { for (;;) {} } }); break;
    case 'notice-proxy': ctx.room.notice('x', new Proxy({}, { get() { throw new Error('trap'); } })); break;
    case 'notice-bad-weight': ctx.room.notice('x', { weight: 'heaviest', group: throws }); break;
    case 'timer-nan': ctx.timers.after('t', NaN); break;
    case 'timer-infinity': ctx.timers.after('t', Infinity); break;
    case 'timer-every-infinity': ctx.timers.every('t', Infinity); break;
    case 'timer-negative': ctx.timers.after('t', -1); break;
    case 'timer-huge-label': ctx.timers.after('x'.repeat(1 << 20), 5000); break;
    case 'mute-object-user': ctx.moderation.mute({ name: { nested: true } }, 60, 'r'); break;
    case 'mute-nan': ctx.moderation.mute('bob', NaN, 'r'); break;
    case 'mute-infinity': ctx.moderation.mute('bob', Infinity, 'r'); break;
    case 'ban-huge-user': ctx.moderation.ban('x'.repeat(1 << 20), 'r'); break;
    case 'kick-loop-user': ctx.moderation.kick({ name: loops }, 'r'); break;
    case 'warn-reason-throws': ctx.moderation.warn('bob', throws); break;
    case 'reject-loops': ctx.reject(loops); break;
    case 'reject-huge': ctx.reject('x'.repeat(1 << 24)); break;
    case 'subject-huge': ctx.room.setSubject('x'.repeat(1 << 20)); break;
    case 'kv-key-object': ctx.kv.get({ toString() { return 'k'; } }); break;
    case 'log-loops': ctx.log({ toJSON() { for (;;) {} } }); break;
    default: break;
  }
});
