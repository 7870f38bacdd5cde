#include "terminalprogress.h"

#include <QElapsedTimer>

#include <cstdio>
#include <memory>

#ifdef Q_OS_WIN
#include <io.h>
#define isatty _isatty
#define fileno _fileno
#else
#include <unistd.h>
#endif

namespace civic {

Progress terminalProgress(const QString &what)
{
    if (!isatty(fileno(stderr)))
        return {};
    auto timer = std::make_shared<QElapsedTimer>();
    timer->start();
    auto lastShown = std::make_shared<qint64>(-1000);
    return [what, timer, lastShown](qint64 done, qint64 total) {
        const bool finished = done >= total;
        // Quick work stays silent; long work updates a few times a second.
        if ((timer->elapsed() < 500 && !finished) || (timer->elapsed() - *lastShown < 200 && !finished))
            return;
        if (finished && *lastShown < 0)
            return;
        *lastShown = timer->elapsed();
        const int percent = total > 0 ? static_cast<int>(100 * done / total) : 100;
        std::fprintf(stderr, "\r%s: %3d %% (%lld of %lld MB)%s", qPrintable(what), percent,
                     static_cast<long long>(done >> 20), static_cast<long long>(total >> 20), finished ? "\n" : "");
        std::fflush(stderr);
    };
}

} // namespace civic
