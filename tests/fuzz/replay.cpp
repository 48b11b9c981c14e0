#include "FuzzTargets.h"

#include <QDir>
#include <QFile>
#include <QTextStream>

// tepat-fuzz-replay CORPUS: feeds every file of each folder of CORPUS (csv, number, xlsx,
// xlsx-parts, workspace, json) to the fuzz target of that name, without libFuzzer, so that a build
// with GCC still replays the seeds and every crash input ever added to them. A missing or empty
// folder fails, so that a moved corpus cannot pass unnoticed.
int main(int argc, char *argv[])
{
    QTextStream err(stderr);
    if (argc != 2) {
        err << QStringLiteral("Usage: tepat-fuzz-replay CORPUS_DIR") << Qt::endl;
        return 2;
    }
    const QDir root(QFile::decodeName(argv[1]));
    const struct
    {
        const char *name;
        int (*run)(const std::uint8_t *, std::size_t);
    } targets[] = {{"csv", Tepat::Fuzz::csv},
                   {"number", Tepat::Fuzz::number},
                   {"xlsx", Tepat::Fuzz::xlsx},
                   {"xlsx-parts", Tepat::Fuzz::xlsxParts},
                   {"workspace", Tepat::Fuzz::workspace},
                   {"json", Tepat::Fuzz::importJson}};
    for (const auto &target : targets) {
        const QDir folder(root.filePath(QLatin1String(target.name)));
        const QStringList files = folder.entryList(QDir::Files, QDir::Name);
        if (files.isEmpty()) {
            err << QStringLiteral("No corpus files in %1").arg(folder.path()) << Qt::endl;
            return 1;
        }
        for (const QString &name : files) {
            QFile file(folder.filePath(name));
            if (!file.open(QIODevice::ReadOnly)) {
                err << QStringLiteral("Cannot read %1").arg(file.fileName()) << Qt::endl;
                return 1;
            }
            const QByteArray bytes = file.readAll();
            target.run(reinterpret_cast<const std::uint8_t *>(bytes.constData()),
                       std::size_t(bytes.size()));
        }
        err << QStringLiteral("Replayed %1 %2 inputs")
                   .arg(files.size())
                   .arg(QLatin1String(target.name))
            << Qt::endl;
    }
    return 0;
}
