/** Function words that carry no claim of their own. */
export const STOPWORDS: ReadonlySet<string> = new Set(
  (
    'a about above after again against all almost also am among an and any are as at be because been before being ' +
    'below between both but by can could did do does doing down during each either else ever every few for from ' +
    'further had has have having he her here hers herself him himself his how however i if in into is it its itself ' +
    'just least less like ll many may me might more most much must my myself neither no nor not now of off on once ' +
    'one only or other our ours ourselves out over own per rather re s same shall she should since so some such ' +
    't than that the their theirs them themselves then there these they this those though through thus to too ' +
    'under until up upon us ve very was we were what whatever when where whether which while who whom whose why ' +
    'will with within without would yet you your yours yourself yourselves d m o y amp via ' +
    'says say said saying according told tells tell report reports reported new news just'
  ).split(' '),
);
