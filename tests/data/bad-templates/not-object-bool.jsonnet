function(ctx) true
