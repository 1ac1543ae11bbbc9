// Preloaded into the command line under measurement (node --require): reports its peak memory and CPU time.
process.on('exit', () => {
  const cpu = process.cpuUsage();
  process.stderr.write(`\nPEDMONITOR-MAXRSS-KB ${process.resourceUsage().maxRSS}\nPEDMONITOR-CPU-MS ${Math.round((cpu.user + cpu.system) / 1000)}\n`);
});
