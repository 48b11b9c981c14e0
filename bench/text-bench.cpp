// tepat-bench-text: times the checker on one indicator whose fields hold pathological text, at
// growing sizes, so that a cost that grows faster than the text shows at once: one word of n
// letters, one lexicon word repeated without spaces, n/7 words of six letters, and random
// letters and spaces. Prints milliseconds of CPU time and milliseconds per MB for each.
#include "check/Checker.h"
#include "check/IndicatorSheet.h"

#include <QCoreApplication>
#include <QRandomGenerator>
#include <QTextStream>

#include <time.h>

using namespace Tepat;

namespace {

double cpuMs()
{
    timespec now {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return now.tv_sec * 1e3 + now.tv_nsec / 1e6;
}

QString textOf(const QString &kind, qsizetype size)
{
    if (kind == QLatin1String("one-word"))
        return QStringLiteral("p") + QString(size - 1, u'e');
    if (kind == QLatin1String("glued-words"))
        return QStringLiteral("persentase").repeated(size / 10);
    if (kind == QLatin1String("short-words"))
        return QStringLiteral("capaian ").repeated(size / 8);
    QRandomGenerator random(7);
    QString text(size, Qt::Uninitialized);
    for (QChar &c : text) {
        const quint32 pick = random.bounded(28u);
        c = pick >= 26 ? QChar(u' ') : QChar(char16_t(u'a' + pick));
    }
    return text;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    out << QStringLiteral("%1 %2 %3 %4")
               .arg(QStringLiteral("kind"), -12)
               .arg(QStringLiteral("chars"), 9)
               .arg(QStringLiteral("cpu ms"), 10)
               .arg(QStringLiteral("ms/MB"), 9)
        << Qt::endl;
    for (const char *kind : {"one-word", "glued-words", "short-words", "random"}) {
        for (const qsizetype size : {10'000, 100'000, 250'000, 1'000'000, 4'000'000}) {
            IndicatorSheet sheet;
            sheet.fileName = QStringLiteral("bench.csv");
            sheet.hasSatuan = sheet.hasRumus = sheet.hasSumberData = true;
            IndicatorSheet::Row row;
            row.number = 2;
            const QString text = textOf(QLatin1String(kind), size);
            row.indicator.text = text;
            row.indicator.rumus = text;
            row.indicator.sumberData = text;
            row.indicator.satuan = text;
            row.sasaran = text;
            sheet.rows.append(row);
            const double start = cpuMs();
            const QList<Finding> findings = Checker::checkSheet(sheet);
            const double ms = cpuMs() - start;
            out << QStringLiteral("%1 %2 %3 %4")
                       .arg(QLatin1String(kind), -12)
                       .arg(size, 9)
                       .arg(ms, 10, 'f', 1)
                       .arg(ms / (double(size) / 1e6), 9, 'f', 1)
                << Qt::endl;
        }
    }
    return 0;
}
