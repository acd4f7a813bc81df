#ifndef CFILESWAP_H
#define CFILESWAP_H

/// Exchanges two paths in one atomic step: afterwards `from` names what `to` named and the other way round.
/// Returns 0, or -1 with errno set (ENOSYS or EINVAL where the system or file system cannot do it).
int regioscan_exchange_paths(const char *from, const char *to);

#endif
