namespace SgGrid.Grains.Abstractions.Instances;

/// <summary>The instance statuses SgGrid reports (ECS's spelling).</summary>
public static class InstanceStatus
{
    public const string Running = "Running";

    public const string Pending = "Pending";

    public const string Starting = "Starting";

    public const string Stopping = "Stopping";

    public const string Stopped = "Stopped";
}
