#pragma once

#include <QStringList>

/// The soak for a given time (civic-bench-soak --minutes N): rounds of visits through every
/// route with language switches, a typed search, the idle reset and an attract loop, and every
/// few minutes a new pack in the store that the running screen swaps to; every S seconds a
/// sample of the process goes to stdout and to the CSV file. Returns the exit code.
int runTimedSoak(const QStringList &args);
