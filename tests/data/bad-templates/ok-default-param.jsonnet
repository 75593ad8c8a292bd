function(ctx, greeting='Hi') {
  subject: greeting,
}
