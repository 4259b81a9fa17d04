// Tip Counter: a cb/1 app in the classic v1 style. It counts the tokens tipped towards a goal, shows the count,
// the highest and the latest tip in the panel, keeps the goal in the room subject and thanks tippers.

cb.settings_choices = [
    {name: 'tokens', type: 'int', minValue: 1, maxValue: 100000, defaultValue: 200, label: 'Token goal'},
    {name: 'goal_description', type: 'str', minLength: 1, maxLength: 100, defaultValue: 'Tip goal',
        label: 'What the goal is for'},
    {name: 'thank_tippers', type: 'choice', choice1: 'yes', choice2: 'no', defaultValue: 'yes',
        label: 'Thank each tipper'}
];

var total_tipped = 0;
var high_tipper = '--';
var high_amount = 0;
var last_tipper = '--';
var last_amount = 0;
var goal_reached = false;

function goal() {
    return parseInt(cb.settings.tokens, 10);
}

function tokens_left() {
    var left = goal() - total_tipped;
    return left < 0 ? 0 : left;
}

function update_subject() {
    var text = cb.settings.goal_description;
    if (goal_reached) {
        text += ' [goal reached!]';
    } else {
        text += ' [' + tokens_left() + ' tokens left]';
    }
    cb.changeRoomSubject(text);
}

cb.onTip(function (tip) {
    total_tipped += tip.amount;
    last_tipper = tip.is_anon_tip ? 'anonymous' : tip.from_user;
    last_amount = tip.amount;
    if (tip.amount > high_amount) {
        high_amount = tip.amount;
        high_tipper = last_tipper;
    }
    if (cb.settings.thank_tippers == 'yes') {
        cb.sendNotice('Thank you for your ' + tip.amount + ' token tip, ' + tip.from_user + '!', tip.from_user, '', '#009900', 'bold');
    }
    if (!goal_reached && total_tipped >= goal()) {
        goal_reached = true;
        cb.sendNotice('The goal is reached: ' + cb.settings.goal_description + '! Thank you all!', '', '#ffff99', '', 'bold');
    }
    update_subject();
    cb.drawPanel();
});

cb.onDrawPanel(function (user) {
    return {
        'template': '3_rows_of_labels',
        'row1_label': 'Received / Goal:',
        'row1_value': total_tipped + ' / ' + goal(),
        'row2_label': 'Highest tip:',
        'row2_value': high_amount > 0 ? high_tipper + ' (' + high_amount + ')' : '--',
        'row3_label': 'Latest tip:',
        'row3_value': last_amount > 0 ? last_tipper + ' (' + last_amount + ')' : '--'
    };
});

cb.onEnter(function (user) {
    if (!goal_reached) {
        cb.sendNotice(cb.settings.goal_description + ': ' + tokens_left() + ' tokens to go. Every tip counts!', user.user, '', '#494949', 'normal');
    }
});

update_subject();
cb.log('Tip Counter started in ' + cb.room_slug + ' with a goal of ' + goal() + ' tokens');
