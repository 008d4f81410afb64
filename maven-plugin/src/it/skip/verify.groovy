// -Dnetlint.skip skips netlint, even on a bad manifest.
def log = new File(basedir, 'build.log').text
assert log.contains('[INFO] Skipping netlint')
assert !log.contains('[NET001]')
assert !new File(basedir, 'target/netlint').exists()
return true
