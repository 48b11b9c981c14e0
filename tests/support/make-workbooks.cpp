// tepat-make-workbooks DIR: writes the workbooks and CSV files the import tests read, in the
// shapes pemda keep their Renstra, IKU and PK in. They are built with every build from this
// source, so the repository holds no binary workbook and a change of shape is a reviewed diff.
#include <cstdio>
#include <string>
#include <xlsxwriter.h>

namespace {

std::string g_dir;

std::string pathOf(const char *name)
{
    return g_dir + "/" + name;
}

// Title block, a two-row header with merged "Target" and "Pagu" over their years, a row of
// column numbers, a sasaran merged over its rows, codes that tell program from kegiatan.
void renstra()
{
    lxw_workbook *book = workbook_new(pathOf("renstra-dinkes.xlsx").c_str());
    lxw_worksheet *sheet = workbook_add_worksheet(book, "Renstra");
    lxw_format *money = workbook_add_format(book);
    format_set_num_format(money, "#,##0");
    worksheet_merge_range(
        sheet, 0, 0, 0, 10, "RENCANA STRATEGIS DINAS KESEHATAN 2025-2029", nullptr);
    worksheet_write_string(sheet, 1, 0, "Kabupaten Deli Serdang", nullptr);
    const char *top[] = {"No",
                         "Sasaran",
                         "Kode",
                         "Program/Kegiatan/Sub Kegiatan",
                         "Indikator Kinerja",
                         "Satuan",
                         "Kondisi Awal"};
    for (int column = 0; column < 7; ++column)
        worksheet_merge_range(sheet, 3, column, 4, column, top[column], nullptr);
    worksheet_merge_range(sheet, 3, 7, 3, 8, "Target", nullptr);
    worksheet_merge_range(sheet, 3, 9, 3, 10, "Pagu (Rp)", nullptr);
    worksheet_write_number(sheet, 4, 7, 2025, nullptr);
    worksheet_write_number(sheet, 4, 8, 2026, nullptr);
    worksheet_write_number(sheet, 4, 9, 2025, nullptr);
    worksheet_write_number(sheet, 4, 10, 2026, nullptr);
    for (int column = 0; column < 11; ++column)
        worksheet_write_string(
            sheet, 5, column, ("(" + std::to_string(column + 1) + ")").c_str(), nullptr);
    // Rows 7-10 (spreadsheet numbering).
    worksheet_write_string(sheet, 6, 0, "1", nullptr);
    worksheet_merge_range(sheet, 6, 1, 9, 1, "Meningkatnya derajat kesehatan masyarakat", nullptr);
    worksheet_write_string(sheet, 6, 4, "Angka kematian ibu", nullptr);
    worksheet_write_string(sheet, 6, 5, "per 100.000 KH", nullptr);
    worksheet_write_number(sheet, 6, 6, 120, nullptr);
    worksheet_write_number(sheet, 6, 7, 110, nullptr);
    worksheet_write_number(sheet, 6, 8, 100, nullptr);
    worksheet_write_string(sheet, 7, 2, "1.02.02", nullptr);
    worksheet_write_string(sheet, 7, 3, "Program Pemenuhan Upaya Kesehatan Perorangan", nullptr);
    worksheet_write_string(sheet, 7, 4, "Persentase fasilitas kesehatan terakreditasi", nullptr);
    worksheet_write_string(sheet, 7, 5, "%", nullptr);
    worksheet_write_number(sheet, 7, 6, 60, nullptr);
    worksheet_write_number(sheet, 7, 7, 70, nullptr);
    worksheet_write_number(sheet, 7, 8, 80.5, nullptr);
    worksheet_write_number(sheet, 7, 9, 1250000000, money);
    worksheet_write_number(sheet, 7, 10, 1300000000, money);
    worksheet_write_string(sheet, 8, 2, "1.02.02.2.01", nullptr);
    worksheet_write_string(sheet, 8, 3, "Penyediaan Fasilitas Pelayanan Kesehatan", nullptr);
    worksheet_write_string(sheet, 8, 4, "Jumlah puskesmas yang direhabilitasi", nullptr);
    worksheet_write_string(sheet, 8, 5, "unit", nullptr);
    worksheet_write_number(sheet, 8, 7, 4, nullptr);
    worksheet_write_number(sheet, 8, 8, 5, nullptr);
    worksheet_write_number(sheet, 8, 9, 750000000, money);
    worksheet_write_number(sheet, 8, 10, 800000000, money);
    worksheet_write_string(sheet, 9, 2, "1.02.02.2.01.0001", nullptr);
    worksheet_write_string(sheet, 9, 3, "Pembangunan Puskesmas", nullptr);
    worksheet_write_string(sheet, 9, 4, "Jumlah puskesmas yang dibangun", nullptr);
    worksheet_write_string(sheet, 9, 5, "unit", nullptr);
    worksheet_write_number(sheet, 9, 7, 1, nullptr);
    worksheet_write_number(sheet, 9, 8, 2, nullptr);
    worksheet_write_number(sheet, 9, 9, 500000000, money);
    worksheet_write_number(sheet, 9, 10, 0, money);
    workbook_close(book);
}

// An IKU sheet written in constant-memory mode, which stores inline strings instead of a shared
// strings table, with a rich text indicator, rumus, sumber data, penanggung jawab, polaritas.
void iku()
{
    lxw_workbook_options options {};
    options.constant_memory = LXW_TRUE;
    lxw_workbook *book = workbook_new_opt(pathOf("iku-pemda.xlsx").c_str(), &options);
    lxw_worksheet *sheet = workbook_add_worksheet(book, "IKU");
    const char *header[] = {"Sasaran Strategis",
                            "Indikator Kinerja Utama",
                            "Satuan",
                            "Target 2025",
                            "Target 2026",
                            "Rumus",
                            "Sumber Data",
                            "Penanggung Jawab",
                            "Polaritas"};
    for (int column = 0; column < 9; ++column)
        worksheet_write_string(sheet, 0, column, header[column], nullptr);
    const char *rows[2][9] = {
        {"Meningkatnya kualitas pendidikan",
         "Rata-rata lama sekolah",
         "tahun",
         "9,1",
         "9,3",
         "Jumlah tahun sekolah / jumlah penduduk usia 25+",
         "BPS",
         "Dinas Pendidikan",
         "positif"},
        {"",
         "Angka putus sekolah",
         "%",
         "1,2",
         "1,0",
         "Jumlah putus sekolah / jumlah murid x 100",
         "Dapodik",
         "Dinas Pendidikan",
         "negatif"},
    };
    for (int row = 0; row < 2; ++row) {
        for (int column = 0; column < 9; ++column) {
            if (rows[row][column][0] != '\0')
                worksheet_write_string(sheet, row + 1, column, rows[row][column], nullptr);
        }
    }
    workbook_close(book);
}

// The first table of a PK lampiran with the program table beside it, and a shared string in
// rich text.
void pkLampiran()
{
    lxw_workbook *book = workbook_new(pathOf("pk-lampiran.xlsx").c_str());
    lxw_worksheet *sheet = workbook_add_worksheet(book, "Lampiran PK");
    lxw_format *bold = workbook_add_format(book);
    format_set_bold(bold);
    worksheet_write_string(sheet, 0, 0, "PERJANJIAN KINERJA TAHUN 2026", bold);
    const char *header[]
        = {"No", "Sasaran Strategis", "Indikator Kinerja", "Target", "Program", "Anggaran (Rp)"};
    for (int column = 0; column < 6; ++column)
        worksheet_write_string(sheet, 2, column, header[column], bold);
    worksheet_write_string(sheet, 3, 0, "1", nullptr);
    worksheet_merge_range(sheet, 3, 1, 4, 1, "Meningkatnya akses air minum layak", nullptr);
    lxw_rich_string_tuple first {bold, const_cast<char *>("Persentase")};
    lxw_rich_string_tuple second {nullptr,
                                  const_cast<char *>(" rumah tangga dengan akses air minum layak")};
    lxw_rich_string_tuple *rich[] = {&first, &second, nullptr};
    worksheet_write_rich_string(sheet, 3, 2, rich, nullptr);
    worksheet_write_string(sheet, 3, 3, "92 %", nullptr);
    worksheet_write_string(
        sheet,
        3,
        4,
        "1.03.03 Program Pengelolaan dan Pengembangan Sistem Penyediaan Air Minum",
        nullptr);
    worksheet_write_string(sheet, 3, 5, "Rp 2.500.000.000", nullptr);
    worksheet_write_string(sheet, 4, 2, "Jumlah sambungan rumah baru", nullptr);
    worksheet_write_string(sheet, 4, 3, "1.500 SR", nullptr);
    workbook_close(book);
}

// Numbers stored as text: decimal commas, "Rp" and thousands dots, and a numbering column
// "1.1", "1.2"; empty formatted rows at the end.
void textNumbers()
{
    lxw_workbook *book = workbook_new(pathOf("angka-teks.xlsx").c_str());
    lxw_worksheet *sheet = workbook_add_worksheet(book, "Sheet1");
    lxw_format *border = workbook_add_format(book);
    format_set_border(border, LXW_BORDER_THIN);
    const char *header[] = {
        "No.", "Sasaran", "Indikator", "Satuan", "Baseline", "Target 2025", "Program", "Pagu 2025"};
    for (int column = 0; column < 8; ++column)
        worksheet_write_string(sheet, 0, column, header[column], nullptr);
    const char *rows[3][8] = {
        {"1.1",
         "Meningkatnya pendapatan asli daerah",
         "Rasio PAD terhadap pendapatan",
         "%",
         "12,75",
         "13,5",
         "5.02.01 Program Pengelolaan Pendapatan Daerah",
         "Rp 1.250.000.000"},
        {"1.2", "", "Realisasi PAD", "Rupiah", "Rp 410.000.000.000", "Rp 450.000.000.000", "", ""},
        {"1.3", "", "Jumlah wajib pajak baru", "orang", "1.200", "1.500", "", ""},
    };
    for (int row = 0; row < 3; ++row) {
        for (int column = 0; column < 8; ++column) {
            if (rows[row][column][0] != '\0')
                worksheet_write_string(sheet, row + 1, column, rows[row][column], nullptr);
        }
    }
    for (int row = 4; row < 30; ++row)
        worksheet_write_blank(sheet, row, 2, border);
    workbook_close(book);
}

// Dates, percentages, booleans and a formula with a cached string.
void typedCells()
{
    lxw_workbook *book = workbook_new(pathOf("jenis-sel.xlsx").c_str());
    lxw_worksheet *sheet = workbook_add_worksheet(book, "Data");
    lxw_format *date = workbook_add_format(book);
    format_set_num_format(date, "dd/mm/yyyy");
    lxw_format *builtinDate = workbook_add_format(book);
    format_set_num_format_index(builtinDate, 14);
    lxw_format *percent = workbook_add_format(book);
    format_set_num_format(percent, "0.0%");
    lxw_datetime day {2026, 1, 12, 0, 0, 0};
    worksheet_write_datetime(sheet, 0, 0, &day, date);
    lxw_datetime early {1900, 2, 1, 0, 0, 0};
    worksheet_write_datetime(sheet, 1, 0, &early, builtinDate);
    worksheet_write_number(sheet, 2, 0, 0.855, percent);
    worksheet_write_boolean(sheet, 3, 0, 1, nullptr);
    worksheet_write_number(sheet, 4, 0, 0.1 + 0.2, nullptr);
    worksheet_write_formula_str(
        sheet, 5, 0, "=\"Dinas \"&\"Kesehatan\"", nullptr, "Dinas Kesehatan");
    worksheet_write_string(sheet, 6, 2, "Terakhir", nullptr);
    workbook_close(book);
}

// A sheet with a mistyped target and a second sheet, for --sheet.
void mistyped()
{
    lxw_workbook *book = workbook_new(pathOf("salah-ketik.xlsx").c_str());
    lxw_worksheet *cover = workbook_add_worksheet(book, "Sampul");
    worksheet_write_string(cover, 0, 0, "Daftar IKU", nullptr);
    lxw_worksheet *sheet = workbook_add_worksheet(book, "IKU");
    const char *header[] = {"Sasaran", "Indikator", "Satuan", "Target 2025", "Target 2026"};
    for (int column = 0; column < 5; ++column)
        worksheet_write_string(sheet, 0, column, header[column], nullptr);
    const char *rows[2][5] = {
        {"Meningkatnya pelayanan publik", "Indeks kepuasan masyarakat", "indeks", "80", "82"},
        {"", "Persentase pengaduan yang ditindaklanjuti", "%", "90", "12,,5"},
    };
    for (int row = 0; row < 2; ++row) {
        for (int column = 0; column < 5; ++column) {
            if (rows[row][column][0] != '\0')
                worksheet_write_string(sheet, row + 1, column, rows[row][column], nullptr);
        }
    }
    workbook_close(book);
}

// A sheet in the CLI's contract (header row 1, target_<year>) for `tepat-cli check`.
void checkSheet()
{
    lxw_workbook *book = workbook_new(pathOf("check-iku.xlsx").c_str());
    lxw_worksheet *sheet = workbook_add_worksheet(book, "IKU");
    const char *header[] = {"sasaran", "indikator", "satuan", "target_2025", "target_2026"};
    for (int column = 0; column < 5; ++column)
        worksheet_write_string(sheet, 0, column, header[column], nullptr);
    worksheet_write_string(sheet, 1, 0, "Meningkatnya kualitas lingkungan hidup", nullptr);
    worksheet_write_string(sheet, 1, 1, "Indeks kualitas lingkungan hidup", nullptr);
    worksheet_write_string(sheet, 1, 2, "indeks", nullptr);
    worksheet_write_number(sheet, 1, 3, 68.5, nullptr);
    worksheet_write_number(sheet, 1, 4, 69, nullptr);
    worksheet_write_string(sheet, 3, 1, "Meningkatnya koordinasi", nullptr);
    worksheet_write_string(sheet, 3, 3, "Meningkat", nullptr);
    workbook_close(book);
    // The same sheet as CSV, for comparing the two paths through the checker.
    std::FILE *csv = std::fopen(pathOf("check-iku.csv").c_str(), "wb");
    std::fputs(
        "sasaran;indikator;satuan;target_2025;target_2026\r\n"
        "Meningkatnya kualitas lingkungan hidup;Indeks kualitas lingkungan hidup;indeks;68,5;69\r\n"
        ";;;;\r\n"
        ";Meningkatnya koordinasi;;Meningkat;\r\n",
        csv);
    std::fclose(csv);
}

// Excel's "CSV" on an Indonesian Windows: ';' and Windows-1252 (0x96 is an en dash, 0xB2 a
// superscript two).
void windows1252Csv()
{
    std::FILE *csv = std::fopen(pathOf("iku-windows1252.csv").c_str(), "wb");
    std::fputs("Sasaran;Indikator;Satuan;Target 2025\r\n"
               "Meningkatnya ruang terbuka hijau;Luas RTH per kapita \x96 perkotaan;m\xB2;9,5\r\n"
               ";Persentase RTH publik;%;20\r\n",
               csv);
    std::fclose(csv);
}

} // namespace

int main(int argc, char *argv[])
{
    if (argc != 2) {
        std::fputs("Usage: tepat-make-workbooks DIR\n", stderr);
        return 2;
    }
    g_dir = argv[1];
    renstra();
    iku();
    pkLampiran();
    textNumbers();
    typedCells();
    mistyped();
    checkSheet();
    windows1252Csv();
    return 0;
}
