$room.setPanelTemplate({
  template: '3_rows_of_labels',
  row1_label: $settings.title, row1_value: $settings.goal,
  row2_label: 'Tipped', row2_value: progress(),
  row3_label: 'Left', row3_value: Math.max(0, $settings.goal - progress()),
});
