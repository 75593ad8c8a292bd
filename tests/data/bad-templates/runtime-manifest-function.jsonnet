function(ctx) {
  subject: function(x) x,
}
