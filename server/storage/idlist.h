#pragma once

#include <QList>
#include <QString>
#include <QVariantList>

namespace mq::storage {

// `IN (…)` lists for prepared statements. Each chunk is padded (by repeating its last id) to a
// power of two, so a connection caches a handful of statements instead of one per list length.
struct IdChunk
{
    QString placeholders; // "?, ?, ?, ?"
    QVariantList ids;
};

QList<IdChunk> idChunks(const QList<qint64> &ids, qsizetype maxChunk = 512);

} // namespace mq::storage
