function(ctx) {
  subject: `Welcome`,
}
