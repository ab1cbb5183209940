"Print an `N passed, N failed` line from an `nbdev_test --do_print` log (nbdev itself prints only `Success.`)."
import re, sys
log = open(sys.argv[1]).read()
started = set(re.findall(r"Starting (\S+?\.ipynb)", log))  # parallel workers may print two on one line
failed = re.findall(r"^\t(\S+\.ipynb)", log.split("nbdev Tests Failed On The Following Notebooks:")[-1], re.M) if "Tests Failed" in log else []
print(f"{len(started) - len(failed)} passed, {len(failed)} failed" + (f" ({', '.join(failed)})" if failed else ""))
