// A panel drawn with the image template and each of the row layouts in turn.
var layouts = ['3_rows_11_21_31', '3_rows_12_21_31', '3_rows_12_22_31'];
var n = 0;
cb.onDrawPanel(function () {
  if (n === 0) {
    return {
      template: 'image_template',
      layers: [
        { type: 'image', fileID: 'a1b2c3' },
        { type: 'text', text: 'TIPS', top: 5, left: 10, 'font-size': 11, color: 'white' }
      ]
    };
  }
  return { template: layouts[(n - 1) % 3], row1_value: 'tips: ' + n, row2_value: 'two', row3_value: 'three' };
});
cb.onTip(function () { n++; cb.drawPanel(); });
