function(ctx) {
	a: 1,
	b: ctx.nope,
}
