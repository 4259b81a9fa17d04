// tries: survive the interrupt: loop again in finally, swallow the stop with `continue` in finally, catch it.
// expect: every variant is stopped at its deadline (or its statement budget), contained and reported.
banter.on('chat.message', (m) => {
  if (m.body === 'again') {
    try { for (;;) {} } finally { for (;;) {} }
  } else if (m.body === 'continue') {
    for (;;) { try { for (;;) {} } finally { continue; } }
  } else if (m.body === 'catch') {
    for (;;) { try { for (;;) {} } catch (e) { /* swallow */ } }
  }
});
