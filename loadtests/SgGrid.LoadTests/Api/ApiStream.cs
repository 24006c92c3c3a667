namespace SgGrid.LoadTests.Api;

/// <summary>
/// A stream of requests at a fixed rate: request k is <see cref="Next"/>(k). A <see cref="Sequential"/> stream (mutation
/// pairs) sends request k only after k-1 answered (Revoke after its Authorize), still timed from its due time.
/// </summary>
internal sealed record ApiStream(string Name, string Kind, double Rate, bool Sequential, Func<long, ApiCall> Next);
