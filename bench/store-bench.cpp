// tepat-bench-store: figures for the workspace file.
//   tepat-bench-store save N FILE   generate N indicators, then time WorkspaceFile::save
//   tepat-bench-store load FILE     time WorkspaceFile::load in a fresh process
// Each prints one line of figures; peak memory is the process's maximum resident set.
#include "SyntheticCascade.h"
#include "store/WorkspaceFile.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTextStream>

#include <sys/resource.h>

using namespace Tepat;

namespace {

long peakKilobytes()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    QTextStream out(stdout);
    QTextStream err(stderr);
    const QString mode = arguments.value(1);
    QElapsedTimer timer;
    if (mode == QLatin1String("save") && arguments.size() == 4) {
        const Cascade cascade = SyntheticCascade::generate(arguments[2].toInt());
        timer.start();
        if (Result<void> saved = WorkspaceFile::save(cascade, arguments[3]); !saved) {
            err << saved.error().message << Qt::endl;
            return 2;
        }
        out << "save: " << cascade.indicatorCount() << " indicators, " << timer.elapsed()
            << " ms, file " << QFileInfo(arguments[3]).size() << " bytes, peak "
            << peakKilobytes() / 1024 << " MiB" << Qt::endl;
        return 0;
    }
    if (mode == QLatin1String("load") && arguments.size() == 3) {
        timer.start();
        const Result<Cascade> cascade = WorkspaceFile::load(arguments[2]);
        if (!cascade) {
            err << cascade.error().message << Qt::endl;
            return 2;
        }
        out << "load: " << cascade->indicatorCount() << " indicators, " << timer.elapsed()
            << " ms, peak " << peakKilobytes() / 1024 << " MiB" << Qt::endl;
        return 0;
    }
    err << "usage: tepat-bench-store save N FILE | load FILE" << Qt::endl;
    return 2;
}
