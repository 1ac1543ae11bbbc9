// Preloaded into the command line under measurement (node --require): reports its peak memory.
process.on('exit', () => process.stderr.write(`\nPEDMONITOR-MAXRSS-KB ${process.resourceUsage().maxRSS}\n`));
