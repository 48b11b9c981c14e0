// tepat-generate N OUT.tepat [SEED]: writes a synthetic workspace of about N indicators, for the
// benchmarks and for trying the GUI at scale.
#include "SyntheticCascade.h"
#include "store/WorkspaceFile.h"

#include <QCoreApplication>
#include <QTextStream>

using namespace Tepat;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    QTextStream err(stderr);
    bool ok = false;
    const int indicators = arguments.value(1).toInt(&ok);
    if (!ok || indicators <= 0 || arguments.size() < 3) {
        err << "usage: tepat-generate N OUT.tepat [SEED]" << Qt::endl;
        return 2;
    }
    const Cascade cascade
        = SyntheticCascade::generate(indicators, arguments.value(3, QStringLiteral("1")).toUInt());
    if (Result<void> saved = WorkspaceFile::save(cascade, arguments[2]); !saved) {
        err << saved.error().message << Qt::endl;
        return 2;
    }
    QTextStream(stdout) << arguments[2] << ": " << cascade.indicatorCount() << " indicators, "
                        << cascade.itemCount() << " plan items, " << cascade.opds().size()
                        << " OPDs, " << cascade.pks().size() << " PKs" << Qt::endl;
    return 0;
}
