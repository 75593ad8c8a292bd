function(ctx) {
  a: 1,
  b: ctx.identity.metadata_public.plan,
}
