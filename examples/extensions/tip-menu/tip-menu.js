// tip-menu: a banter/1 app. The menu (items 'PRICE NAME' from the settings) is posted when the app starts and then
// on a repeating timer; a tip of exactly an item's price is announced as paying for that item. The timer handler
// is registered with banter.timer, so it survives parking and restarts.
/** @typedef {{ price: number, name: string }} Item */

/** @param {readonly string[]} lines @returns {Item[]} */
function parseItems(lines) {
  const items = [];
  for (const line of lines) {
    const m = /^\s*(\d+)\s*[-:=]?\s*(.+?)\s*$/.exec(line);
    if (m) items.push({ price: parseInt(m[1], 10), name: m[2] });
  }
  return items;
}

/** @param {Banter.Context} ctx */
function postMenu(ctx) {
  const items = parseItems(ctx.settings.items);
  ctx.room.notice('Tip menu: ' + items.map((i) => i.name + ' (' + i.price + ')').join(' | '));
}

banter.on('extension.start', (e, ctx) => {
  if (e.extensionId !== 'tip-menu') return;
  postMenu(ctx);
  ctx.timers.every('menu', ctx.settings.everyMinutes * 60_000);
});

banter.timer('menu', (t, ctx) => {
  if (t.skipped === 0) postMenu(ctx); // after a stall, post once rather than catching up
});

banter.on('tip', (tip, ctx) => {
  const item = parseItems(ctx.settings.items).find((i) => i.price === tip.amount);
  if (item === undefined) return;
  const who = tip.anonymous ? 'Someone' : tip.user.name;
  ctx.room.notice(who + ' tipped ' + tip.amount + ' for ' + item.name + '!');
});
