#include "storage/idlist.h"

using namespace Qt::StringLiterals;

namespace mq::storage {

QList<IdChunk> idChunks(const QList<qint64> &ids, qsizetype maxChunk)
{
    QList<IdChunk> chunks;
    for (qsizetype start = 0; start < ids.size(); start += maxChunk) {
        const qsizetype n = qMin(maxChunk, ids.size() - start);
        qsizetype padded = 1;
        while (padded < n)
            padded *= 2;
        IdChunk chunk;
        chunk.ids.reserve(padded);
        for (qsizetype i = 0; i < padded; ++i)
            chunk.ids.append(qlonglong(ids.at(start + qMin(i, n - 1))));
        chunk.placeholders = u"?"_s;
        for (qsizetype i = 1; i < padded; ++i)
            chunk.placeholders += u", ?"_s;
        chunks.append(chunk);
    }
    return chunks;
}

} // namespace mq::storage
