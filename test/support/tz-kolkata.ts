// Runs each unit suite a second time at UTC+05:30, where midnight-based dates shift day.
process.env.TZ = 'Asia/Kolkata';
