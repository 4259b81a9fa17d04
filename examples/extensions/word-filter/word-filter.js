// word-filter: a banter/1 bot that keeps chat clean. A message with a banned word is hidden and its sender muted
// (or banned, by setting); a link is hidden with a warning unless links are allowed (fans may post them by
// default). The room owner and moderators are never filtered.
const LINK = /\b(?:https?:\/\/|www\.)\S+|\b[a-z0-9-]+\.(?:com|net|org|io|ly|gg|xyz|ru|tv)\b/i;

/** The first banned word in the text, or undefined. @param {string} text @param {readonly string[]} words */
function bannedWord(text, words) {
  const lower = text.toLowerCase();
  return words.find((w) => lower.includes(w.toLowerCase()));
}

banter.on('chat.message', (m, ctx) => {
  if (m.user.owner || m.user.moderator) return;
  const s = ctx.settings;
  const word = bannedWord(m.body, s.words);
  if (word !== undefined) {
    ctx.reject('banned word: ' + word);
    if (s.punishment === 'ban') ctx.moderation.ban(m.user, 'said "' + word + '"');
    else ctx.moderation.mute(m.user, s.muteSeconds, 'said "' + word + '"');
    return;
  }
  const linksAllowed = s.links === 'allow' || (s.links === 'fans' && m.user.fan);
  if (!linksAllowed && LINK.test(m.body)) {
    ctx.reject('link');
    ctx.moderation.warn(m.user, 'no links in chat, please');
  }
});
