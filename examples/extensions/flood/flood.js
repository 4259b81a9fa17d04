// flood: a banter/1 bot against floods. A user who sends more than maxMessages messages within windowSeconds
// has the message hidden and is muted; the same text maxRepeats times in a row is hidden with a warning. The
// per-user history lives in memory (a parked or restarted instance starts over, which is fine for a window of
// seconds) and a sweep timer forgets idle users every minute, so the map stays small.
/** @typedef {{ times: number[], last: string, repeats: number }} History */

/** @type {Map<string, History>} */
const history = new Map();
const SWEEP_MS = 60_000;

banter.on('extension.start', (e, ctx) => {
  if (e.extensionId === 'flood') ctx.timers.every('sweep', SWEEP_MS);
});

banter.timer('sweep', (t, ctx) => {
  const cutoff = ctx.now() - ctx.settings.windowSeconds * 1000;
  for (const [name, h] of history) {
    if (h.times.length === 0 || h.times[h.times.length - 1] < cutoff) history.delete(name);
  }
});

banter.on('chat.message', (m, ctx) => {
  if (m.user.owner || m.user.moderator) return;
  const s = ctx.settings;
  const now = ctx.now();
  const h = history.get(m.user.name) || { times: [], last: '', repeats: 0 };
  history.set(m.user.name, h);

  h.times = h.times.filter((t) => t > now - s.windowSeconds * 1000);
  h.times.push(now);
  const text = m.body.trim().toLowerCase();
  h.repeats = text === h.last ? h.repeats + 1 : 1;
  h.last = text;

  if (h.times.length > s.maxMessages) {
    ctx.reject('flood');
    ctx.moderation.mute(m.user, s.muteSeconds, 'flooding: ' + h.times.length + ' messages in ' + s.windowSeconds + ' s');
    h.times = [];
  } else if (h.repeats >= s.maxRepeats) {
    ctx.reject('repeat');
    ctx.moderation.warn(m.user, 'please do not repeat yourself');
  }
});
