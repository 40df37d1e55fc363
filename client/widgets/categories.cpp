#include "widgets/categories.h"

#include "shared/domain.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace mq::client {

QStringList Categories::all()
{
    return categoryNames();
}

QString Categories::label(const QString &category)
{
    if (category == u"movie"_s)
        return QCoreApplication::translate("Categories", "Cinema");
    if (category == u"concert"_s)
        return QCoreApplication::translate("Categories", "Concerts");
    if (category == u"exhibition"_s)
        return QCoreApplication::translate("Categories", "Exhibitions");
    if (category == u"flight"_s)
        return QCoreApplication::translate("Categories", "Flights");
    if (category == u"train"_s)
        return QCoreApplication::translate("Categories", "Trains");
    if (category == u"other"_s)
        return QCoreApplication::translate("Categories", "Other");
    return QCoreApplication::translate("Categories", "Everything");
}

QIcon Categories::icon(const QString &category)
{
    const QString name = category.isEmpty() ? u"all"_s : category;
    return QIcon(u":/icons/%1.svg"_s.arg(name));
}

} // namespace mq::client
