// tepat-bench-import generate BOOK.xlsx [ROWS]: writes a Renstra-shaped workbook of ROWS indicator
// rows (default 5000): title block, two-row header with merged Target and Pagu, sasaran merged
// over blocks of ten rows, a program with pagu every fifth row.
// tepat-bench-import plan BOOK.xlsx: reads the first sheet, guesses the layout, builds the plan
// and the undo command for the Renstra of a synthetic workspace's first OPD (which tries every
// insert on a copy of the cascade). `import` also pushes the command onto the open document,
// which re-checks after every inserted object. Each phase's time goes to stderr; the whole
// process is what the benchmark times.
#include "SyntheticCascade.h"
#include "document/WorkspaceDocument.h"
#include "document/commands/ImportSheetCommand.h"
#include "import/ImportPlan.h"
#include "sheet/LayoutGuesser.h"
#include "sheet/SheetFile.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTextStream>
#include <QUndoStack>

#include <string>
#include <xlsxwriter.h>

namespace {

int generate(const QString &path, int rows)
{
    lxw_workbook *book = workbook_new(QFile::encodeName(path).constData());
    lxw_worksheet *sheet = workbook_add_worksheet(book, "Renstra");
    worksheet_merge_range(sheet, 0, 0, 0, 9, "RENCANA STRATEGIS 2025-2029", nullptr);
    const char *top[] = {"No",
                         "Sasaran",
                         "Program/Kegiatan/Sub Kegiatan",
                         "Indikator Kinerja",
                         "Satuan",
                         "Kondisi Awal"};
    for (int column = 0; column < 6; ++column)
        worksheet_merge_range(sheet, 2, column, 3, column, top[column], nullptr);
    worksheet_merge_range(sheet, 2, 6, 2, 8, "Target", nullptr);
    worksheet_write_number(sheet, 3, 6, 2025, nullptr);
    worksheet_write_number(sheet, 3, 7, 2026, nullptr);
    worksheet_write_number(sheet, 3, 8, 2027, nullptr);
    worksheet_write_string(sheet, 2, 9, "Pagu 2025", nullptr);
    worksheet_merge_range(sheet, 3, 9, 3, 9, "Rp", nullptr);
    for (int i = 0; i < rows; ++i) {
        const int row = 4 + i;
        worksheet_write_number(sheet, row, 0, i + 1, nullptr);
        if (i % 10 == 0) {
            const std::string sasaran
                = "Meningkatnya kinerja urusan nomor " + std::to_string(i / 10 + 1);
            worksheet_merge_range(
                sheet, row, 1, std::min(row + 9, 4 + rows - 1), 1, sasaran.c_str(), nullptr);
        }
        if (i % 5 == 0) {
            const std::string program = "1.02." + std::to_string(10 + (i / 5) % 89)
                + " Program nomor " + std::to_string(i / 5 + 1);
            worksheet_write_string(sheet, row, 2, program.c_str(), nullptr);
            worksheet_write_string(sheet,
                                   row,
                                   9,
                                   ("Rp " + std::to_string(100 + i % 900) + ".000.000").c_str(),
                                   nullptr);
        }
        const std::string indicator = "Persentase capaian layanan nomor " + std::to_string(i + 1);
        worksheet_write_string(sheet, row, 3, indicator.c_str(), nullptr);
        worksheet_write_string(sheet, row, 4, "%", nullptr);
        worksheet_write_number(sheet, row, 5, 50 + i % 40, nullptr);
        worksheet_write_number(sheet, row, 6, 60.5 + i % 30, nullptr);
        worksheet_write_string(sheet, row, 7, "70,25", nullptr);
        worksheet_write_number(sheet, row, 8, 80 + i % 15, nullptr);
    }
    return workbook_close(book) == LXW_NO_ERROR ? 0 : 1;
}

int import(const QString &path, bool apply, QTextStream &out)
{
    QElapsedTimer clock;
    clock.start();
    const auto phase = [&](const char *name) {
        QTextStream(stderr) << name << ' ' << clock.restart() << " ms" << Qt::endl;
    };
    const auto table = Tepat::SheetFile::read(path);
    if (!table) {
        out << table.error().message << Qt::endl;
        return 1;
    }
    phase("read");
    const Tepat::ImportPlan plan
        = Tepat::ImportPlan::build(*table, Tepat::LayoutGuesser::guess(*table));
    phase("plan");
    auto document = Tepat::WorkspaceDocument::create(Tepat::SyntheticCascade::generate(1000));
    phase("workspace");
    auto command = Tepat::ImportSheetCommand::create(
        document.get(),
        plan,
        {Tepat::ImportSheetCommand::TargetKind::Renstra, document->cascade().opds().first().id},
        QStringLiteral("bench"));
    if (!command) {
        out << command.error().message << Qt::endl;
        if (!plan.problems.isEmpty())
            out << plan.problems.first().message << Qt::endl;
        return 1;
    }
    const int items = (*command)->itemCount();
    const int indicators = (*command)->indicatorCount();
    phase("command");
    if (apply) {
        document->undoStack()->push(command->release());
        phase("apply");
    }
    out << QStringLiteral("%1 rows, %2 items, %3 indicators %4")
               .arg(table->rowCount())
               .arg(items)
               .arg(indicators)
               .arg(apply ? QStringLiteral("imported") : QStringLiteral("planned"))
        << Qt::endl;
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const QStringList args = app.arguments().mid(1);
    if (args.size() >= 2 && args[0] == QLatin1String("generate"))
        return generate(args[1], args.size() > 2 ? args[2].toInt() : 5000);
    if (args.size() == 2
        && (args[0] == QLatin1String("import") || args[0] == QLatin1String("plan")))
        return import(args[1], args[0] == QLatin1String("import"), out);
    out << QStringLiteral("Usage: tepat-bench-import generate BOOK.xlsx [ROWS] | plan BOOK.xlsx | "
                          "import BOOK.xlsx")
        << Qt::endl;
    return 2;
}
