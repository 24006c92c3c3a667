namespace SgGrid.Api.Replay.Deciding;

/// <summary>Which worlds a replay decides records in (<c>Against</c>).</summary>
public enum ReplayWorlds
{
    Production,
    Scenario,
    Both,
}
