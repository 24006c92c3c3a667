namespace SgGrid.Grains.Hosting;

/// <summary>Where control-plane grain state lives.</summary>
public enum StorageKind
{
    /// <summary>In the silo's memory: zero setup, gone when the silo stops (the embedded default).</summary>
    Memory = 0,

    /// <summary>Azure Table storage (Azurite locally): survives silo and cluster restarts.</summary>
    AzureTable = 1,
}
