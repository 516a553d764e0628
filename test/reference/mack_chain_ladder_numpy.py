# Usage: python3 test/reference/mack_chain_ladder_numpy.py (needs numpy; mortgage.csv beside it is
# chainladder-python's chainladder/utils/data/mortgage.csv, long format).
# Independent numpy reimplementation of R ChainLadder's MackChainLadder (alpha=1, est.sigma="Mack"),
# written from the R source (MackChainLadderFunctions.R), for cross-checking.
import numpy as np, csv, sys

def tri_from_rows(rows):
    n = len(rows[0]); m = len(rows)
    T = np.full((m, n), np.nan)
    for i, r in enumerate(rows): T[i, :len(r)] = r
    return T

def mack(T, tail=1.0, tail_se=None, tail_sigma=None, est_sigma="Mack"):
    m, n = T.shape
    f = np.ones(n-1); fse = np.zeros(n-1); sigma = np.full(n-1, np.nan)
    for k in range(n-1):
        ok = ~np.isnan(T[:, k+1])
        x = T[ok, k]; y = T[ok, k+1]
        f[k] = y.sum()/x.sum()
        if ok.sum() > 1:
            sigma[k] = np.sqrt(np.sum(x*(y/x - f[k])**2)/(ok.sum()-1))
            fse[k] = sigma[k]/np.sqrt(x.sum())
    if est_sigma == "log-linear":
        # R's estimate.sigma(): ln(sigma) on 1..n-1 over the known sigma > 0, the missing ones predicted;
        # R keeps it only when the slope's p-value (two-sided t test) is at most 0.05, else Mack's rule.
        from scipy import stats
        dev = np.arange(1, n)
        use = ~np.isnan(sigma) & (sigma > 0)
        fit = stats.linregress(dev[use], np.log(sigma[use]))
        if fit.pvalue <= 0.05:
            for i in np.where(np.isnan(sigma))[0]:
                sigma[i] = np.exp(fit.intercept + fit.slope * (i + 1))
                ok = ~np.isnan(T[:, i+1])
                fse[i] = sigma[i]/np.sqrt(T[ok, i].sum())
    for i in np.where(np.isnan(sigma))[0]:
        ratio = sigma[i-1]**4/sigma[i-2]**2
        sigma[i] = np.sqrt(min(ratio, min(sigma[i-2]**2, sigma[i-1]**2)))
        ok = ~np.isnan(T[:, i+1])
        fse[i] = sigma[i]/np.sqrt(T[ok, i].sum())
    # full triangle
    F = T.copy()
    for k in range(n-1):
        nan = np.isnan(F[:, k+1]); F[nan, k+1] = F[nan, k]*f[k]
    Fse = sigma[None, :]/np.sqrt(F[:, :-1])
    if tail > 1:
        F = np.column_stack([F, F[:, -1]*tail])
        dev = np.arange(1, n)
        b, a = np.polyfit(dev, np.log(f-1), 1)
        pos = (np.log(tail-1)-a)/b
        if tail_se is None:
            b2, a2 = np.polyfit(dev, np.log(fse), 1); tail_se = np.exp(a2+b2*pos)
        if tail_sigma is None:
            b3, a3 = np.polyfit(dev, np.log(sigma), 1); tail_sigma = np.exp(a3+b3*pos)
        f = np.append(f, tail); fse = np.append(fse, tail_se); sigma = np.append(sigma, tail_sigma)
        Fse = np.column_stack([Fse, tail_sigma/np.sqrt(F[:, n-1])])
    N = F.shape[1]
    proc = np.zeros_like(F); par = np.zeros_like(F)
    latest = np.array([np.max(np.where(~np.isnan(T[i]))[0]) for i in range(m)])
    for k in range(N-1):
        for i in range(m):
            if latest[i] <= k:
                proc[i, k+1] = np.sqrt(F[i, k]**2*Fse[i, k]**2 + proc[i, k]**2*f[k]**2)
                par[i, k+1] = np.sqrt(F[i, k]**2*fse[k]**2 + par[i, k]**2*f[k]**2)
    tproc = np.sqrt((proc**2).sum(0))
    tpar = np.zeros(N)
    for k in range(N-1):
        M = F[latest <= k, k].sum()
        tpar[k+1] = np.sqrt(M**2*fse[k]**2 + tpar[k]**2*f[k]**2)
    se = np.sqrt(proc[:, -1]**2 + par[:, -1]**2)
    tot = np.sqrt(tproc[-1]**2 + tpar[-1]**2)
    Lat = np.array([T[i, latest[i]] for i in range(m)])
    return dict(f=f, fse=fse, sigma=sigma, Fse=Fse, se=se, total=tot, ibnr=F[:, -1]-Lat, tpar=tpar[-1], tproc=tproc[-1])

RAA = [[5012, 8269, 10907, 11805, 13539, 16181, 18009, 18608, 18662, 18834],
  [106, 4285, 5396, 10666, 13782, 15599, 15496, 16169, 16704],
  [3410, 8992, 13873, 16141, 18735, 22214, 22863, 23466],
  [5655, 11555, 15766, 21266, 23425, 26083, 27067],
  [1092, 9565, 15836, 22169, 25955, 26180],
  [1513, 6445, 11702, 12935, 15852],
  [557, 4020, 10946, 12314],
  [1351, 6947, 13112],
  [3133, 5395],
  [2063]]
r = mack(tri_from_rows(RAA))
print("RAA no tail total", r["total"], r["ibnr"].sum())
r = mack(tri_from_rows(RAA), tail=1.05)
print("RAA tail 1.05 total %.2f" % r["total"], r["ibnr"].sum(), r["fse"][-1], r["sigma"][-1])
print(np.round(r["se"]))
# Mortgage from chainladder-python mortgage.csv
rows = {}
for d in csv.DictReader(open(__file__.replace('mack_chain_ladder_numpy.py', 'mortgage.csv'))):
    o = int(d['origin']); rows.setdefault(o, []).append((int(d['development']), float(d['values'])))
M = [[v for _, v in sorted(rows[o])] for o in sorted(rows)]
r = mack(tri_from_rows(M), tail=1.05, tail_se=0.02, tail_sigma=71)
print("Mortgage f", np.round(r["f"], 3)); print("fse", np.round(r["fse"], 3)); print("sigma", np.round(r["sigma"], 2))
print("Fse row3", np.round(r["Fse"][2], 3)); print("se/1000", np.round(r["se"]/1000)); print("total", r["total"], r["ibnr"].sum(), r["total"]/r["ibnr"].sum())
r0 = mack(tri_from_rows(M))
print("Mortgage no tail se/1000", np.round(r0["se"]/1000), r0["total"]/r0["ibnr"].sum())
r = mack(tri_from_rows(M), tail=1.05, tail_se=0.05)
print("Mortgage tail 1.05 se .05: tpar", r["tpar"], r["tpar"]/r["ibnr"].sum(), r["total"]/r["ibnr"].sum())
r = mack(tri_from_rows(M), tail=1.05)
print("Mortgage tail 1.05: cv", r["total"]/r["ibnr"].sum(), r["fse"][-1], r["sigma"][-1])
# R's tailfactor() (ChainLadder.R) on RAA: log-linear fit of ln(f - 1) over the factors above 1, 100 terms
# from the period after the last of them; then MackChainLadder(RAA, tail=TRUE, est.sigma="Mack").
T = tri_from_rows(RAA)
f = mack(T)["f"]
fn = np.where(f > 1)[0] + 1
b, a = np.polyfit(fn, np.log(f[fn - 1] - 1), 1)
tail = np.prod(np.exp(a + np.arange(fn.max() + 1, fn.max() + 101) * b) + 1)
r = mack(T, tail=tail)
print("RAA fitted tail %.7f total se %.2f ibnr %.2f" % (tail, r["total"], r["ibnr"].sum()))

# R's default est.sigma = "log-linear".
r = mack(tri_from_rows(RAA), est_sigma="log-linear")
print("RAA log-linear total se %.2f" % r["total"])
for tail, se in [(1.0, None), (1.05, None), (1.05, 0.05)]:
    r = mack(tri_from_rows(M), tail=tail, tail_se=se, est_sigma="log-linear")
    print("Mortgage log-linear tail %s se %s: cv %.4f parameter %.0f parameter cv %.4f tail f.se %.4f sigma %.2f" % (
        tail, se, r["total"] / r["ibnr"].sum(), r["tpar"], r["tpar"] / r["ibnr"].sum(), r["fse"][-1], r["sigma"][-1]))
