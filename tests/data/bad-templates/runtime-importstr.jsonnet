function(ctx) {
  a: 1,
  html: importstr 'welcome.html',
}
