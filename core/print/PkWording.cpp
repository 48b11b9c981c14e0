#include "print/PkWording.h"

namespace Tepat {

QString PkWording::opening(bool signsAlone)
{
    return QStringLiteral(
               "Dalam rangka mewujudkan manajemen pemerintahan yang efektif, transparan, "
               "dan akuntabel serta berorientasi pada hasil, %1yang bertanda tangan di "
               "bawah ini:")
        .arg(signsAlone ? QString() : QStringLiteral("kami "));
}

QString PkWording::pihakPertamaNamed()
{
    return QStringLiteral("selanjutnya disebut pihak pertama.");
}

QString PkWording::pihakKeduaNamed()
{
    return QStringLiteral("selaku atasan pihak pertama, selanjutnya disebut pihak kedua.");
}

QString PkWording::promise(bool signsAlone)
{
    return QStringLiteral(
               "%1berjanji akan mewujudkan target kinerja yang seharusnya sesuai lampiran "
               "perjanjian ini, dalam rangka mencapai target kinerja jangka menengah "
               "seperti yang telah ditetapkan dalam dokumen perencanaan. Keberhasilan dan "
               "kegagalan pencapaian target kinerja tersebut menjadi tanggung jawab %2.")
        .arg(signsAlone ? QString() : QStringLiteral("Pihak pertama "),
             signsAlone ? QStringLiteral("saya") : QStringLiteral("kami"));
}

QString PkWording::supervision()
{
    return QStringLiteral("Pihak kedua akan melakukan supervisi yang diperlukan serta akan "
                          "melakukan evaluasi terhadap capaian kinerja dari perjanjian ini dan "
                          "mengambil tindakan yang diperlukan dalam rangka pemberian penghargaan "
                          "dan sanksi.");
}

} // namespace Tepat
