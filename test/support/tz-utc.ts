// Runs each unit suite under UTC; Node re-reads TZ when it is assigned.
process.env.TZ = 'UTC';
