function(ctx) {
  a: 1,
}
// euro sign cut short: â‚