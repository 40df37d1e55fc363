#pragma once

#include <QIcon>
#include <QString>
#include <QStringList>

namespace mq::client {

// The protocol's categories as people see them: a translated name and an icon.
class Categories
{
public:
    static QStringList all(); // protocol names, in display order
    static QString label(const QString &category);
    static QIcon icon(const QString &category); // "" is "all categories"
};

} // namespace mq::client
