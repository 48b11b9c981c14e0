// tepat-bench-check N: times the checker on a synthetic workspace of about N indicators.
// Prints the full check (median of 5) and one incremental re-check after a typed edit (median and
// worst of 200 edits, each followed by its re-check), in milliseconds of wall and of CPU time.
#include "SyntheticCascade.h"
#include "check/Checker.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

#include <algorithm>
#include <time.h>

using namespace Tepat;

namespace {

// CPU time of this thread: the machine is shared, and wall time would count other processes.
double cpuMs()
{
    timespec now {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return now.tv_sec * 1e3 + now.tv_nsec / 1e6;
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const int requested = QCoreApplication::arguments().value(1).toInt();
    if (requested <= 0) {
        QTextStream(stderr) << "usage: tepat-bench-check N" << Qt::endl;
        return 2;
    }
    Cascade cascade = SyntheticCascade::generate(requested);
    QElapsedTimer timer;
    QList<double> full;
    QList<double> fullCpu;
    Checker checker;
    for (int run = 0; run < 5; ++run) {
        const double cpuStart = cpuMs();
        timer.start();
        checker.checkAll(cascade);
        full.append(timer.nsecsElapsed() / 1e6);
        fullCpu.append(cpuMs() - cpuStart);
    }

    // Typing into PK indicators: the worst case for the re-check, since each one reaches the
    // Renstra indicator it serves, its owner and its PK.
    QList<qint64> targets;
    for (const PkDocument &pk : cascade.pks()) {
        for (qint64 sasaran : cascade.childItems(pk.id))
            targets.append(cascade.indicatorsOf(sasaran));
    }
    QList<double> incremental;
    QList<double> incrementalCpu;
    for (int edit = 0; edit < 200; ++edit) {
        const qint64 id = targets[(edit * 7919) % targets.size()];
        Indicator indicator = *cascade.indicator(id);
        indicator.text = edit % 2 ? QStringLiteral("Meningkatnya kualitas pelayanan")
                                  : indicator.text + QLatin1Char('x');
        (void)cascade.updateIndicator(indicator);
        const double cpuStart = cpuMs();
        timer.start();
        checker.recheck({id});
        incremental.append(timer.nsecsElapsed() / 1e6);
        incrementalCpu.append(cpuMs() - cpuStart);
    }
    out << "indicators " << cascade.indicatorCount() << ", findings " << checker.findings().size()
        << Qt::endl
        << "full check ms: wall median " << median(full) << ", cpu median " << median(fullCpu)
        << ", cpu best " << *std::min_element(fullCpu.cbegin(), fullCpu.cend()) << Qt::endl
        << "re-check ms: wall median " << median(incremental) << ", cpu median "
        << median(incrementalCpu) << ", cpu worst "
        << *std::max_element(incrementalCpu.cbegin(), incrementalCpu.cend()) << Qt::endl;
    return 0;
}
